// `samverkan <command>`: the CLI (bin/samverkan.mjs runs this through tsx). Picks the command,
// parses its options, opens the API (a running server with --url, else the configured store),
// runs it, and exits with the code exit-codes.ts gives the outcome.
import { ConfigError, loadCliConfig } from '../config.ts';
import { commandHelp, GLOBAL_OPTIONS, parseCommand, usageError } from './args.ts';
import { COMMANDS } from './commands/index.ts';
import { CliError, EXIT, type ExitCode } from './exit-codes.ts';
import { makeOutput } from './output.ts';
import { type Api, directApi, remoteApi } from './transport.ts';

function overview(): string {
  return [
    'Usage: samverkan <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`),
    '',
    `Every command takes --${Object.keys(GLOBAL_OPTIONS).join(', --')}; \`samverkan <command> --help\` says more.`,
    'Without --url a command opens the store the server is configured with (SAMVERKAN_DATA, NEO4J_URI …).',
  ].join('\n');
}

async function run(argv: string[]): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const wantsJson = rest.includes('--json');
  const out = makeOutput(wantsJson);
  let api: Api | undefined;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${overview()}\n`);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (command === undefined) throw usageError(`samverkan: no command '${name}'; commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
    const { values, positionals } = parseCommand(command, rest);
    if (values.help) {
      process.stdout.write(`${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    const cli = loadCliConfig();
    const url = typeof values.url === 'string' ? values.url : cli.url;
    const key = typeof values.key === 'string' ? values.key : cli.key;
    const open = async (): Promise<Api> => {
      api ??= url === undefined ? await directApi() : remoteApi(url, key);
      return api;
    };
    return await command.run({ api: open, values, positionals, out });
  } catch (error) {
    const failure =
      error instanceof CliError
        ? error
        : error instanceof ConfigError
          ? new CliError(EXIT.usage, error.message)
          : new CliError(EXIT.failed, error instanceof Error ? (error.stack ?? error.message) : String(error));
    // The API's answer (error code, problems) with the CLI's own message, which says what it was doing.
    if (out.json) out.result({ ...(failure.body as object | undefined), exitCode: failure.exitCode, message: failure.message }, '');
    else process.stderr.write(`${failure.message}\n`);
    return failure.exitCode;
  } finally {
    await api?.close();
  }
}

// A reader that stops early (`samverkan export | head`) has what it wanted: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? EXIT.ok);
});
process.exitCode = await run(process.argv.slice(2));
