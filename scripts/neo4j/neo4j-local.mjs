// A real Neo4j Community 5.26 server on a loopback port, without Docker: the jars come from Maven
// Central (scripts/neo4j/pom.xml) and Launcher.java runs the embedded DBMS with its Bolt
// connector. Plain Node ESM so it runs before anything is built; the test globalSetup imports
// startNeo4j() and `npm run neo4j` runs the CLI at the bottom.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const HERE = dirname(fileURLToPath(import.meta.url));
const POM = join(HERE, 'pom.xml');

/**
 * Maven's downloads (~300 MB), the classpath built from them, the CLI's default data folder and the
 * tests' throwaway ones live in a per-user cache, never in the work tree; `rm -rf` it to reclaim
 * the space (the next start fetches again).
 */
export const CACHE = resolve(
  process.env.SAMVERKAN_NEO4J_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'samverkan', 'neo4j'),
);
const MAVEN_REPO = join(CACHE, 'maven');
const RUNS = join(CACHE, 'runs');
/** The CLI's data folder when --home is not given. */
export const DEFAULT_HOME = join(CACHE, 'home');
/** Inside a kept home: the password set on its first start, so a restart without --password reuses it. */
const PASSWORD_FILE = 'samverkan-password';
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

const INSTALL_HINT =
  'install a Java 17 runtime and Maven (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven), ' +
  'or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j 5 server you already run';

// The flags Neo4j 5's own neo4j.conf passes (server.jvm.additional), minus the profiling ones,
// plus two for a small machine: the heap taken whole at start (growing it under a write burst
// costs full collections) and room for a 100k-row import's transaction state.
const JVM_FLAGS = [
  '-Xms1g',
  '-Xmx2g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dsamverkan.exitOnStdinEof=true',
];

/**
 * Servers stop at the C1 compiler unless asked: C2's background compiles take most of a core for
 * minutes after start on 2 cores (a start at load 20 outlasted READY_TIMEOUT_MS), which a server
 * living for one test run never earns back. A long-lived one (`npm run neo4j -- --full-jit`,
 * benchmarks) gets C2: once warm it spends about 40 % less CPU per write (bench/README.md,
 * store-writes.ts).
 */
const QUICK_START_FLAGS = ['-XX:TieredStopAtLevel=1'];

export class Neo4jLocalError extends Error {
  name = 'Neo4jLocalError';
}

function have(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined;
}

/**
 * The Neo4j classpath: jars fetched once into the cache's Maven repository, listed in a file named
 * after pom.xml's hash (a version bump fetches again). The list is written to a temporary file and
 * renamed into place, so parallel runs never read half of one.
 */
function ensureClasspath(log) {
  const listFile = join(CACHE, `classpath-${createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 12)}.txt`);
  if (existsSync(listFile)) {
    const classpath = readFileSync(listFile, 'utf8').trim();
    if (classpath.split(delimiter).every((jar) => existsSync(jar))) return classpath;
  }
  if (!have('mvn', ['-v'])) throw new Neo4jLocalError(`neo4j-local: Maven (mvn) is missing: ${INSTALL_HINT}`);
  const tmp = `${listFile}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  log(`neo4j-local: fetching the Neo4j jars into ${MAVEN_REPO} (~300 MB, once) …`);
  const result = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      POM,
      `-Dmaven.repo.local=${MAVEN_REPO}`,
      'dependency:build-classpath',
      '-DincludeScope=runtime',
      `-Dmdep.outputFile=${tmp}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  const classpath = existsSync(tmp) ? readFileSync(tmp, 'utf8').trim() : '';
  if (result.status !== 0 || classpath === '') {
    rmSync(tmp, { force: true });
    throw new Neo4jLocalError(`neo4j-local: mvn could not fetch the Neo4j jars:\n${result.stdout}${result.stderr}`);
  }
  renameSync(tmp, listFile);
  return classpath;
}

/** Throwaway folders of runs whose process is gone (killed before stop() could clean up). */
function removeStaleRuns() {
  for (const name of readdirSync(RUNS)) {
    const pid = /^run-(\d+)-/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch (err) {
      if (err.code === 'ESRCH') rmSync(join(RUNS, name), { recursive: true, force: true });
    }
  }
}

function storedPassword(home) {
  const file = join(home, PASSWORD_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}

/** Readable by this user only; written whole or not at all. */
function storePassword(home, password) {
  const tmp = join(home, `${PASSWORD_FILE}.tmp-${process.pid}`);
  writeFileSync(tmp, `${password}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600); // the mode above is masked by the umask
  renameSync(tmp, join(home, PASSWORD_FILE));
}

/** A port the OS just handed out on loopback; free unless somebody grabs it in the next instant. */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function waitForBolt(uri, user, password, deadline) {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 5_000 });
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await driver.getServerInfo();
        return;
      } catch (err) {
        if (Date.now() > deadline) throw new Neo4jLocalError(`neo4j-local: Bolt at ${uri} never answered: ${err.message}`);
        await new Promise((r) => setTimeout(r, Math.min(250 * attempt, 2_000)));
      }
    }
  } finally {
    await driver.close();
  }
}

/**
 * Start a server and resolve once Bolt accepts an authenticated connection.
 * Without `home`, data lives in a fresh folder in the cache that stop() deletes. A kept home
 * remembers its password: without `password`, a restart uses the one it was last started with.
 */
export async function startNeo4j({ home, port, password, longLived = false, log = (line) => console.error(line) } = {}) {
  if (!have('java', ['-version'])) throw new Neo4jLocalError(`neo4j-local: java is missing: ${INSTALL_HINT}`);
  mkdirSync(RUNS, { recursive: true });
  removeStaleRuns();
  const classpath = ensureClasspath(log);

  const throwaway = home === undefined;
  const dataHome = resolve(home ?? join(RUNS, `run-${process.pid}-${randomBytes(4).toString('hex')}`));
  const boltPort = port ?? (await freePort());
  const stored = throwaway ? undefined : storedPassword(dataHome);
  const secret = password ?? stored ?? randomBytes(18).toString('base64url');
  const uri = `bolt://127.0.0.1:${boltPort}`;
  const started = Date.now();

  const flags = longLived ? JVM_FLAGS : [...JVM_FLAGS, ...QUICK_START_FLAGS];
  const jvm = spawn('java', [...flags, '-cp', classpath, join(HERE, 'Launcher.java'), dataHome, String(boltPort), secret], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // Keep the tail of the output for error messages; always drain so the JVM never blocks on a pipe.
  const tail = [];
  const remember = (chunk) => {
    for (const line of String(chunk).split('\n')) if (line.trim() !== '') tail.push(line);
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  jvm.stderr.on('data', remember);
  const exited = new Promise((ok) => jvm.once('exit', (code, signal) => ok({ code, signal })));

  const ready = new Promise((ok, fail) => {
    jvm.stdout.on('data', (chunk) => {
      remember(chunk);
      if (String(chunk).includes('NEO4J_READY')) ok();
    });
    jvm.once('error', (err) => fail(new Neo4jLocalError(`neo4j-local: could not run java: ${err.message}`)));
    exited.then(({ code, signal }) =>
      fail(new Neo4jLocalError(`neo4j-local: the JVM exited (${signal ?? code}) before Neo4j was ready:\n${tail.join('\n')}`)),
    );
  });

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (jvm.exitCode === null && jvm.signalCode === null) {
        jvm.kill('SIGTERM');
        const timer = setTimeout(() => jvm.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      jvm.stdin.destroy();
      if (throwaway) rmSync(dataHome, { recursive: true, force: true });
    })();
    return stopping;
  };

  const deadline = started + READY_TIMEOUT_MS;
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(
      () => fail(new Neo4jLocalError(`neo4j-local: no READY line after ${READY_TIMEOUT_MS / 1000} s:\n${tail.join('\n')}`)),
      READY_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([ready, timeout]);
    // READY comes after the Launcher set the password: from now on the home has this one.
    if (!throwaway && secret !== stored) storePassword(dataHome, secret);
    await waitForBolt(uri, 'neo4j', secret, deadline);
  } catch (err) {
    await stop();
    throw err;
  } finally {
    clearTimeout(timer);
  }
  log(`neo4j-local: Neo4j ready on ${uri} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { uri, user: 'neo4j', password: secret, home: dataHome, pid: jvm.pid, stop, exited };
}

const USAGE = 'usage: node scripts/neo4j/neo4j-local.mjs [--home DIR] [--port N] [--password P] [--full-jit]';

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--full-jit') {
      options.longLived = true;
      continue;
    }
    if (flag === '--home' && value) options.home = value;
    else if (flag === '--port' && value) options.port = Number(value);
    else if (flag === '--password' && value) options.password = value;
    else throw new Neo4jLocalError(`${USAGE} (got ${flag})`);
    i++;
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  // The CLI keeps its data between runs; tests use throwaway folders instead.
  const server = await startNeo4j({ home: DEFAULT_HOME, ...options });
  console.log(`NEO4J_URI=${server.uri}`);
  console.log(`NEO4J_USER=${server.user}`);
  console.log(`NEO4J_PASSWORD=${server.password}`);
  let stopping = false;
  const shutdown = async (signal) => {
    stopping = true;
    console.error(`neo4j-local: ${signal}, stopping Neo4j …`);
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const { code, signal } = await server.exited;
  if (stopping) return; // shutdown() exits once the data folder is released
  console.error(`neo4j-local: the JVM exited (${signal ?? code})`);
  process.exit(1);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err instanceof Neo4jLocalError ? err.message : err);
    process.exit(1);
  });
}
