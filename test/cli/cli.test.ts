// The CLI as a user runs it: bin/samverkan.mjs in a child process, on a temporary SQLite file (the
// configured store, opened directly) and against a real app listening on a random port. Checks
// help, exit codes, what --json prints, and that a dry run or a bad file writes nothing.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { EXIT } from '../../server/cli/exit-codes.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { makeApp } from '../http/helpers.ts';
import { freePort } from '../support/server-process.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'samverkan.mjs');
const KEY = 'cli-test-key-0123456789';
/** Each case runs the CLI a few times, seconds each (tsx compiles on start); a loaded machine is slower. */
const SLOW = { timeout: 120_000 };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;

/** Runs the CLI in `dir` on the store at dir/store.db, unless --url says otherwise. */
function samverkan(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, env: { PATH: process.env.PATH, SAMVERKAN_DATA: join(dir, 'store.db') } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};

const NEW_ACTORS = ['id;name;sector', 'cli-ett;Ett;municipal', 'cli-tva;Två;civil_society'].join('\n');
const BAD_ACTORS = ['id;name;sector', 'cli-ett;Ett;municipal', 'cli-tva;Två;no-such-sector', 'cli-tre;;state'].join('\n');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-cli-'));
  const seeded = await samverkan('seed', '--json');
  expect(seeded.code, seeded.stderr).toBe(EXIT.ok);
  expect(JSON.parse(seeded.stdout)[0]).toMatchObject({ format: 'json', updated: 0, deleted: 0 });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The default round's actor ids, read with the CLI's own export. */
async function actorIds(): Promise<string[]> {
  const exported = await samverkan('export', '--format', 'json', '--out', 'check.json');
  expect(exported.code, exported.stderr).toBe(EXIT.ok);
  return (JSON.parse(readFileSync(join(dir, 'check.json'), 'utf8')).actors as { id: string }[]).map((a) => a.id);
}

describe('help and usage', SLOW, () => {
  it('lists every command, and each command explains its options', async () => {
    const overview = await samverkan('--help');
    expect(overview.code).toBe(EXIT.ok);
    for (const command of ['serve', 'import', 'export', 'seed', 'duplicates', 'compare']) expect(overview.stdout).toContain(`  ${command}`);
    const help = await samverkan('import', '--help');
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toMatch(/Usage: samverkan import FILE/);
    for (const option of ['--mapping', '--round', '--format', '--dry-run', '--mode', '--create', '--url', '--json'])
      expect(help.stdout).toContain(option);
    for (const command of ['serve', 'export', 'seed', 'duplicates', 'compare']) {
      const own = await samverkan(command, '--help');
      expect([own.code, own.stdout], command).toEqual([
        EXIT.ok,
        expect.stringMatching(new RegExp(`^Usage: samverkan ${command}[\\s\\S]*--json`)),
      ]);
    }
  });

  it('exits 2 naming the mistake: no command, an unknown one, an unknown option, a bad value', async () => {
    expect((await samverkan()).code).toBe(EXIT.usage);
    const unknown = await samverkan('importera');
    expect([unknown.code, unknown.stderr]).toEqual([EXIT.usage, expect.stringContaining("no command 'importera'")]);
    const option = await samverkan('export', '--fromat', 'csv');
    expect([option.code, option.stderr]).toEqual([EXIT.usage, expect.stringContaining('--fromat')]);
    const value = await samverkan('import', 'x.csv', '--mode', 'merge');
    expect([value.code, value.stderr]).toEqual([EXIT.usage, expect.stringContaining('--mode must be one of upsert, replace')]);
    const url = await samverkan('export', '--url', 'localhost:8080');
    expect([url.code, url.stderr]).toEqual([EXIT.usage, expect.stringContaining("--url: 'localhost:8080' is not an http")]);
  });
});

describe('on the configured store', SLOW, () => {
  it('a dry run answers the counts and writes nothing; the import then writes them', async () => {
    const csv = file('nya.csv', NEW_ACTORS);
    const dry = await samverkan('import', csv, '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(EXIT.ok);
    // The counts, and what else the dry run reports (the file's duplicates: none here).
    expect(JSON.parse(dry.stdout)).toMatchObject({
      dryRun: true,
      format: 'csv',
      created: 2,
      updated: 0,
      unchanged: 0,
      deleted: 0,
      duplicates: [],
    });
    expect(await actorIds()).not.toContain('cli-ett');

    const written = await samverkan('import', csv);
    expect(written.code, written.stderr).toBe(EXIT.ok);
    expect(written.stdout).toMatch(/imported into the default round \(csv\): 2 created, 0 updated, 0 unchanged, 0 deleted/);
    expect(await actorIds()).toEqual(expect.arrayContaining(['cli-ett', 'cli-tva']));
    // The history names the command line as who wrote.
    const store = new EmbeddedStore({ file: join(dir, 'store.db') });
    try {
      const { items } = await store.listChanges({ entity: 'import' }, { limit: 1 });
      expect(items[0]).toMatchObject({ who: 'cli', counts: { created: 2 } });
    } finally {
      await store.close();
    }
  });

  it('a bad file exits 4 listing every problem by row, and writes nothing', async () => {
    const before = await actorIds();
    const bad = file('dåliga.csv', BAD_ACTORS);
    const human = await samverkan('import', bad);
    expect(human.code).toBe(EXIT.invalid);
    expect(human.stderr).toMatch(/nothing was written/);
    expect(human.stderr).toMatch(/row 3, column sector: .*no-such-sector/);
    expect(human.stderr).toMatch(/row 4/);
    const json = await samverkan('import', bad, '--json');
    expect(json.code).toBe(EXIT.invalid);
    const body = JSON.parse(json.stdout);
    expect(body).toMatchObject({ exitCode: EXIT.invalid, error: 'invalid_file', total: expect.any(Number) });
    expect(body.problems.map((p: { row: number }) => p.row)).toEqual(expect.arrayContaining([3, 4]));
    expect(await actorIds()).toEqual(before);
  });

  it('exits 3 for a missing file or round', async () => {
    const missing = await samverkan('import', 'finns-inte.csv');
    expect([missing.code, missing.stderr]).toEqual([EXIT.notFound, expect.stringContaining('finns-inte.csv')]);
    const round = await samverkan('export', '--mapping', 'trollhattan-segregation', '--round', '1999', '--out', 'x.xlsx');
    expect([round.code, round.stderr]).toEqual([EXIT.notFound, expect.stringContaining("'trollhattan-segregation/1999'")]);
  });

  it('exports to a file, says what it wrote with --json, and to stdout when piped', async () => {
    const human = await samverkan('export', '--format', 'graphml', '--out', 'runda.graphml');
    expect(human.code, human.stderr).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'runda.graphml'), 'utf8')).toMatch(/^<\?xml[\s\S]*<graphml/);
    const json = await samverkan('export', '--format', 'csv', '--out', 'runda.zip', '--json');
    expect(JSON.parse(json.stdout)).toEqual({ file: 'runda.zip', format: 'csv', bytes: statSync(join(dir, 'runda.zip')).size });
    const piped = await samverkan('export', '--format', 'node-link');
    expect(piped.code, piped.stderr).toBe(EXIT.ok);
    expect(JSON.parse(piped.stdout)).toMatchObject({ nodes: expect.any(Array), edges: expect.any(Array) });
  });

  it('exports with the graph route’s filters and --metrics, and refuses an unknown metric as a usage error', async () => {
    const piped = await samverkan('export', '--format', 'node-link', '--sector', 'state', '--metrics', 'degree', '--no-forums');
    expect(piped.code, piped.stderr).toBe(EXIT.ok);
    const file = JSON.parse(piped.stdout) as { graph: { filters: string }; nodes: Record<string, unknown>[] };
    expect(file.graph.filters).toBe('sector=state&includeForums=false');
    expect(file.nodes.length).toBeGreaterThan(0);
    for (const node of file.nodes) expect(node).toMatchObject({ kind: 'actor', sector: 'state', degree: expect.any(Number) });
    const bad = await samverkan('export', '--format', 'csv', '--metrics', 'fame', '--out', 'x.zip');
    expect([bad.code, bad.stderr]).toEqual([EXIT.usage, expect.stringContaining('metrics')]);
  });

  it('imports into a new mapping it creates, replaces, and compares two rounds', async () => {
    expect((await samverkan('export', '--format', 'csv', '--out', 'trollhattan.zip')).code).toBe(EXIT.ok);
    const created = await samverkan('import', 'trollhattan.zip', '--create', '--mapping', 'trollhattan-segregation', '--round', '2024');
    expect(created.code, created.stderr).toBe(EXIT.ok);
    expect(created.stderr).toContain("created round '2024'");
    const replaced = await samverkan(
      'import',
      file('nya.csv', NEW_ACTORS),
      '--mapping',
      'trollhattan-segregation',
      '--round',
      '2024',
      '--mode',
      'replace',
      '--json',
    );
    expect(replaced.code, replaced.stderr).toBe(EXIT.ok);
    expect(JSON.parse(replaced.stdout)).toMatchObject({ dryRun: false, created: 0, deleted: expect.any(Number) });

    const markdown = await samverkan('compare', '2019', '2024', '--lang', 'sv');
    expect(markdown.code, markdown.stderr).toBe(EXIT.ok);
    expect(markdown.stdout).toMatch(/^# Jämförelse: 2019 → 2024/);
    const json = await samverkan('compare', '2019', '2024', '--json');
    expect(json.code, json.stderr).toBe(EXIT.ok);
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(expect.arrayContaining(['from', 'to']));
  });

  it('lists probable duplicate actors, one pair a line, or every pair with --json', async () => {
    const twins = file('tvillingar.csv', ['id;name;sector', 'kultur-ab;Kultur AB;business', 'kultur;kultur;business'].join('\n'));
    expect((await samverkan('import', twins)).code).toBe(EXIT.ok);
    const human = await samverkan('duplicates');
    expect(human.code, human.stderr).toBe(EXIT.ok);
    expect(human.stdout).toContain('kultur (kultur) ~ kultur-ab (Kultur AB): same name');
    const json = await samverkan('duplicates', '--json');
    expect(JSON.parse(json.stdout).items).toContainEqual(expect.objectContaining({ actors: ['kultur', 'kultur-ab'] }));
  });

  it('--create names the mapping after the file unless --name says otherwise', async () => {
    const exported = async (mapping: string) =>
      (await samverkan('export', '--mapping', mapping, '--round', '2025', '--format', 'json', '--out', `${mapping}.json`)).code;
    const csv = file('Grannar i Lextorp.csv', NEW_ACTORS);
    expect((await samverkan('import', csv, '--create', '--round', '2025')).code).toBe(EXIT.ok);
    expect(await exported('grannar-i-lextorp')).toBe(EXIT.ok);
    expect((await samverkan('import', csv, '--create', '--round', '2025', '--name', 'Sylte')).code).toBe(EXIT.ok);
    expect(await exported('sylte')).toBe(EXIT.ok);
  });
});

describe('against a running server', SLOW, () => {
  let app: App;
  let url: string;
  beforeAll(async () => {
    app = await makeApp({ keys: [{ name: 'editor', key: KEY, role: 'admin', mappings: [] }] });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('imports with the key, and exits 7 without it', async () => {
    const csv = file('server.csv', NEW_ACTORS);
    const refused = await samverkan('import', csv, '--url', url);
    expect(refused.code).toBe(EXIT.denied);
    const done = await samverkan('import', csv, '--url', url, '--key', KEY, '--json');
    expect(done.code, done.stderr).toBe(EXIT.ok);
    expect(JSON.parse(done.stdout)).toMatchObject({ created: 2 });
    expect((await app.inject('/api/actors/cli-ett')).statusCode).toBe(200);
  });

  it('exits 5 naming the round when it is closed, and writes nothing', async () => {
    const auth = { authorization: `Bearer ${KEY}` };
    const rounds = '/api/mappings/trollhattan-segregation/rounds';
    const made = await app.inject({
      method: 'POST',
      url: rounds,
      headers: auth,
      payload: { id: 'stangd', label: 'Stängd', observedOn: '2024' },
    });
    expect(made.statusCode).toBe(201);
    expect((await app.inject({ method: 'PATCH', url: `${rounds}/stangd`, headers: auth, payload: { closed: true } })).statusCode).toBe(200);
    const run = await samverkan(
      'import',
      file('stangd.csv', NEW_ACTORS),
      '--mapping',
      'trollhattan-segregation',
      '--round',
      'stangd',
      '--url',
      url,
      '--key',
      KEY,
    );
    expect([run.code, run.stderr]).toEqual([EXIT.conflict, expect.stringMatching(/stangd.*closed|closed.*stangd/)]);
    expect((await app.inject(`${rounds}/stangd/actors`)).json().items).toEqual([]);
  });

  it('duplicates: the route’s answer, or exit 8 on a server without it', async () => {
    const route = await app.inject('/api/duplicates');
    const run = await samverkan('duplicates', '--url', url, '--json');
    if (route.statusCode === 404) {
      expect(run.code).toBe(EXIT.unsupported);
      expect(JSON.parse(run.stdout).message).toMatch(/no duplicates route/);
    } else {
      expect(run.code, run.stderr).toBe(EXIT.ok);
      expect(JSON.parse(run.stdout)).toEqual(route.json());
    }
  });

  it('exits 6 when nothing answers at --url', async () => {
    const run = await samverkan('export', '--url', `http://127.0.0.1:${await freePort()}`, '--out', 'x');
    expect([run.code, run.stderr]).toEqual([EXIT.unreachable, expect.stringMatching(/cannot reach .*ECONNREFUSED/)]);
  });
});
