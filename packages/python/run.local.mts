import { readFileSync } from 'node:fs';
import { runProgram } from '@pymem/python';
const f = process.argv[2]!;
const code = runProgram(readFileSync(f, 'utf8'), { filename: f, stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
process.exitCode = code;
