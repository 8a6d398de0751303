// `samverkan serve`: what `npm start` does, configured by the same environment: build the
// explorer when its sources are newer than the build, then start the server (server/main.ts).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CommandSpec } from '../args.ts';
import { EXIT } from '../exit-codes.ts';

const BUILD_CLIENT = fileURLToPath(new URL('../../../scripts/build-client-if-needed.mjs', import.meta.url));

export const serveCommand: CommandSpec = {
  name: 'serve',
  positionals: { min: 0, max: 0 },
  summary: 'Start the server, configured by the environment as `npm start` is (PORT, SAMVERKAN_DATA, NEO4J_URI …).',
  options: {},
  async run() {
    execFileSync(process.execPath, [BUILD_CLIENT], { stdio: 'inherit' });
    await import('../../main.ts');
    // The server runs until a signal stops it; main.ts owns the exit code from here.
    await new Promise<never>(() => undefined);
    return EXIT.ok;
  },
};
