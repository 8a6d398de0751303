// `npm test` runs this first, so the README's one test command passes on a fresh Debian machine:
// it installs what the suite needs and is missing, saying what it does, and is quick (no installs,
// no network) when everything is there. Plain Node ESM: it runs before node_modules exist.
//
//   node_modules  `npm ci` when they are missing or do not match package-lock.json
//   Debian        chromium (browser tests), Java 17 and Maven (the local Neo4j; not with NEO4J_URI),
//                 python3-venv when a virtual environment cannot be made: apt-get as root or with
//                 passwordless sudo, otherwise it stops and prints the apt line to run
//   Python        requirements.txt into .venv/, again only when the pins changed
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { python, REQUIREMENTS, VENV, VENV_PYTHON } from './python.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Records which requirements.txt the venv was filled from; a change re-runs pip.
const VENV_STAMP = join(VENV, '.samverkan-requirements');
const CHROMIUM = '/usr/bin/chromium';
const JAVA_MAJOR = 17;

class PrerequisiteError extends Error {}

const say = (line) => console.log(`prerequisites: ${line}`);

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
}

/** Runs a command, quiet unless it fails; then its output is part of the error. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new PrerequisiteError(
      `\`${[command, ...args].join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})\n${output}`,
    );
  }
  return result;
}

function nodeModulesInSync() {
  const installed = join(ROOT, 'node_modules', '.package-lock.json'); // npm writes it after every install
  if (!existsSync(installed)) return false;
  const want = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages ?? {};
  const have = JSON.parse(readFileSync(installed, 'utf8')).packages ?? {};
  // Optional packages (other platforms' binaries) are legitimately absent.
  return Object.entries(want).every(([path, meta]) => path === '' || meta.optional || have[path]?.version === meta.version);
}

function javaMajor() {
  if (!onPath('java')) return null;
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const version = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr ?? '');
  if (!version) return null;
  return version[1] === '1' ? Number(version[2]) : Number(version[1]); // "1.8" is Java 8
}

function canMakeVenv() {
  return onPath('python3') && spawnSync('python3', ['-c', 'import venv, ensurepip'], { stdio: 'ignore' }).status === 0;
}

function venvIsCurrent() {
  return existsSync(VENV_PYTHON) && existsSync(VENV_STAMP) && readFileSync(VENV_STAMP, 'utf8') === readFileSync(REQUIREMENTS, 'utf8');
}

/** Debian packages the run needs and does not have (java: the major version on the PATH). */
function missingDebianPackages(java) {
  const missing = [];
  if (!process.env.CHROMIUM_PATH && !existsSync(CHROMIUM)) missing.push('chromium');
  if (!process.env.NEO4J_URI) {
    if ((java ?? 0) < JAVA_MAJOR) missing.push(`openjdk-${JAVA_MAJOR}-jre-headless`);
    if (!onPath('mvn')) missing.push('maven');
  }
  if (!existsSync(VENV_PYTHON) && !canMakeVenv()) missing.push('python3', 'python3-venv');
  return missing;
}

/** How this user may run apt-get: directly as root, through passwordless sudo, or not at all. */
function aptPrefix() {
  if (!onPath('apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  if (onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo'];
  return null;
}

function installDebianPackages(packages) {
  const prefix = aptPrefix();
  if (prefix === null) {
    throw new PrerequisiteError(
      `missing ${packages.join(', ')}, and this user cannot install them. Run:\n\n` +
        `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n\nthen npm test again.`,
    );
  }
  const apt = (...args) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args];
    run(command, rest, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  say(`installing Debian packages ${packages.join(', ')} (apt-get; a few minutes on a fresh machine) …`);
  apt('update', '-qq');
  apt('install', '-y', '-qq', ...packages);
}

function installPythonPackages() {
  if (!existsSync(VENV_PYTHON)) {
    say(`creating the Python environment .venv/ (${run('python3', ['--version']).stdout.trim()}) …`);
    run('python3', ['-m', 'venv', '--clear', VENV]);
  }
  const pins = readFileSync(REQUIREMENTS, 'utf8')
    .split('\n')
    .map((line) => line.split('#')[0].trim())
    .filter(Boolean);
  say(`installing ${pins.join(' ')} into .venv/ (pip; a minute or two the first time) …`);
  run(VENV_PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS]);
  writeFileSync(VENV_STAMP, readFileSync(REQUIREMENTS, 'utf8'));
}

function main() {
  const started = Date.now();
  let installed = false;
  if (!nodeModulesInSync()) {
    say('node_modules missing or out of date: npm ci …');
    run('npm', ['ci', '--no-audit', '--no-fund']);
    installed = true;
  }
  let java = process.env.NEO4J_URI ? null : javaMajor();
  const debian = missingDebianPackages(java);
  if (debian.length > 0) {
    installDebianPackages(debian);
    java = process.env.NEO4J_URI ? null : javaMajor();
    installed = true;
  }
  if (!venvIsCurrent()) {
    installPythonPackages();
    installed = true;
  }
  const neo4j = process.env.NEO4J_URI ? 'NEO4J_URI' : `Java ${java}, Maven`;
  const what = `node_modules, ${process.env.CHROMIUM_PATH ?? CHROMIUM}, ${neo4j}, Python packages in .venv/ (${python()})`;
  say(installed ? `ready after ${((Date.now() - started) / 1000).toFixed(0)} s: ${what}` : `all present: ${what}`);
}

try {
  main();
} catch (err) {
  console.error(err instanceof PrerequisiteError ? `prerequisites: ${err.message}` : err);
  process.exit(1);
}
