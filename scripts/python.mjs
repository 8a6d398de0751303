// The one place that says which Python runs the networkx oracles, schemathesis and the benchmark
// baselines: the project's .venv (made by `npm test`'s prerequisite step from requirements.txt)
// when it exists, else python3 on the PATH. Plain Node ESM so the prerequisite step can use it
// before node_modules exist.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const VENV = join(ROOT, '.venv');
export const VENV_PYTHON = join(VENV, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
export const REQUIREMENTS = join(ROOT, 'requirements.txt');
export const PYTHON_INSTALL_HINT = 'run `npm run prerequisites`, which installs requirements.txt into .venv/';

export function python() {
  return existsSync(VENV_PYTHON) ? VENV_PYTHON : 'python3';
}

/** The version requirements.txt pins for a package (`name==version`). */
export function pinnedVersion(name) {
  const line = readFileSync(REQUIREMENTS, 'utf8')
    .split('\n')
    .find((l) => l.split('==')[0]?.trim().toLowerCase() === name.toLowerCase());
  const version = line?.split('==')[1]?.split('#')[0]?.trim();
  if (!version) throw new Error(`requirements.txt pins no version of ${name}`);
  return version;
}
