// Public API of @pymem/python: runs Python-subset programs on the simulated runtime.
export type { ReferencePython } from './reference.js';
export { REFERENCE_VERSION, referencePython } from './reference.js';
export type { RunOptions } from './runProgram.js';
export { KEYBOARD_INTERRUPT_EXIT, runProgram } from './runProgram.js';
export type { ModuleFinder, ModuleSource, ModuleFiles } from './modules/userModule.js';
export { folderModuleFinder } from './modules/userModule.js';
/** The builtin module names `import` accepts, e.g. `SUPPORTED_MODULES.includes('gc')` is true. */
export { SUPPORTED_MODULES } from './modules/names.js';
export { parseModule } from './parser/parse.js';
export { PySourceError } from './parser/sourceError.js';
export type { Module, Stmt, Expr, ConstValue } from './parser/ast.js';
export { formatFloat, reprStr, reprBytes } from './format.js';
