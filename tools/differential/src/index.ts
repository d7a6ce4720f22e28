// Public names of @pymem/differential (a private tool): the corpus, the two runners, the
// comparison and the report.
export type { Program, Expectation } from './corpus.js';
export { TOOL_DIR, loadCorpus, loadOutside, parseExpectation, ERROR_CATEGORY, ENDING_CATEGORIES } from './corpus.js';
export type { RunResult } from './runPython.js';
export { runPython, pythonExecutable, mapLimit } from './runPython.js';
export type { RunProgram } from './runPymem.js';
export { InterpreterUnavailable, loadRunProgram, runPymem } from './runPymem.js';
export type { Comparison, CompareOptions } from './compare.js';
export { compareRuns, normaliseTraceback } from './compare.js';
export type { KnownFailures } from './knownFailures.js';
export { KNOWN_FAILURES_PATH, readKnownFailures, writeKnownFailures } from './knownFailures.js';
export type { ProgramOutcome, OutsideOutcome, DifferentialReport, CategoryRate } from './differential.js';
export { compareProgram, judgeOutside, ranAsIntended, runDifferential, passRates, formatReport } from './differential.js';
