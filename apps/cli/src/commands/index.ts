// Every `pymem` subcommand registers itself here: one file per command, one line each.
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerRecord } from './record.js';
import { registerReplay } from './replay.js';
import { registerStats } from './stats.js';
import { registerConvert } from './convert.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerWhatif } from './whatif.js';
import { registerRun } from './run.js';
import { registerReport } from './report.js';
import { registerCompare } from './compare.js';

/** Adds one subcommand to the program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

export const commands: RegisterCommand[] = [registerRecord, registerReplay, registerStats, registerConvert, registerDiff, registerExport, registerWhatif, registerRun, registerReport, registerCompare];
