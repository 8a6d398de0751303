// Every command of the CLI, in the order `samverkan --help` lists them.
import type { CommandSpec } from '../args.ts';
import { compareCommand } from './compare.ts';
import { duplicatesCommand } from './duplicates.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { seedCommand } from './seed.ts';
import { serveCommand } from './serve.ts';

export const COMMANDS: readonly CommandSpec[] = [
  serveCommand,
  importCommand,
  exportCommand,
  seedCommand,
  duplicatesCommand,
  compareCommand,
];
