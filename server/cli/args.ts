// Command descriptors and what is made of them: parsing (node's util.parseArgs, strict) and the
// help text of every command. A command is one descriptor in commands/index.ts; its options,
// its help and its checks all come from there.
import { parseArgs } from 'node:util';
import { CliError, EXIT, type ExitCode } from './exit-codes.ts';
import type { Output } from './output.ts';
import type { Api } from './transport.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The value's placeholder in the help ("ID"). */
  value?: string;
  help: string;
  /** The values a string option takes; anything else is a usage error naming them. */
  choices?: readonly string[];
}

export type Values = Record<string, string | boolean | undefined>;

export interface CommandContext {
  /** Opened lazily: `--help` and usage errors never touch a store or a server. */
  api(): Promise<Api>;
  values: Values;
  positionals: string[];
  out: Output;
}

export interface CommandSpec {
  name: string;
  /** Positional arguments in the usage line ("FILE", "R1 R2"). */
  args?: string;
  positionals: { min: number; max: number };
  summary: string;
  /** More lines of help after the summary. */
  details?: string;
  options: Record<string, OptionSpec>;
  run(context: CommandContext): Promise<ExitCode>;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  url: { type: 'string', value: 'URL', help: 'talk to the server at URL instead of opening the store (env SAMVERKAN_URL)' },
  key: { type: 'string', value: 'KEY', help: 'the API key for --url (env SAMVERKAN_KEY)' },
  json: { type: 'boolean', help: 'print one JSON document on stdout, for scripts' },
  help: { type: 'boolean', help: 'show this help' },
};

const column = (specs: Record<string, OptionSpec>): string[] =>
  Object.entries(specs).map(([name, spec]) => {
    const head = `  --${name}${spec.value ? ` ${spec.value}` : ''}`;
    const choices = spec.choices ? ` (${spec.choices.join(', ')})` : '';
    return `${head.padEnd(24)} ${spec.help}${choices}`;
  });

export function commandHelp(spec: CommandSpec): string {
  return [
    `Usage: samverkan ${spec.name}${spec.args ? ` ${spec.args}` : ''} [options]`,
    '',
    spec.summary,
    ...(spec.details ? ['', spec.details] : []),
    '',
    'Options:',
    ...column(spec.options),
    ...column(GLOBAL_OPTIONS),
  ].join('\n');
}

export function usageError(message: string): CliError {
  return new CliError(EXIT.usage, `${message} (see --help)`);
}

/** The command's values and positionals; every mistake a usage error that names it. */
export function parseCommand(spec: CommandSpec, argv: string[]): { values: Values; positionals: string[] } {
  const specs = { ...spec.options, ...GLOBAL_OPTIONS };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(Object.entries(specs).map(([name, { type }]) => [name, { type }])),
    });
  } catch (error) {
    throw usageError(`samverkan ${spec.name}: ${(error as Error).message.split('\n')[0]}`);
  }
  const values = parsed.values as Values;
  if (values.help) return { values, positionals: parsed.positionals };
  for (const [name, { choices }] of Object.entries(specs)) {
    const value = values[name];
    if (choices && typeof value === 'string' && !choices.includes(value))
      throw usageError(`samverkan ${spec.name}: --${name} must be one of ${choices.join(', ')}, not '${value}'`);
  }
  const { min, max } = spec.positionals;
  const count = parsed.positionals.length;
  if (count < min || count > max) {
    const wanted = min === max ? `${min}` : `${min} to ${max}`;
    throw usageError(`samverkan ${spec.name}: takes ${wanted} argument(s) (${spec.args ?? 'none'}), got ${count}`);
  }
  return { values, positionals: parsed.positionals };
}
