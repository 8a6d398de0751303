// `npm start` runs this first: build the explorer with Vite when client/dist is missing or older
// than the client's sources, so a fresh clone serves the real UI without a separate step.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const client = join(root, 'client');
const built = join(client, 'dist', 'index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

if (!existsSync(join(client, 'index.html'))) process.exit(0);
if (existsSync(built) && statSync(built).mtimeMs >= newest(client)) process.exit(0);
console.log('building the explorer (client/) with Vite…');
execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: client,
  stdio: 'inherit',
});
