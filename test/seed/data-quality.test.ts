// Data-quality checks on the seed dataset (seed/trollhattan-2019.json) and on the made-up fixture
// that proves the loader is generic. Everything here reads files inside the repository only, so
// it runs on a clone without ../shared beside it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collaborationType } from '../../server/domain/collaboration-type.ts';
import type { Dataset } from '../../server/domain/inputs.ts';
import type { Area, Sector } from '../../server/domain/schemas.ts';
import { searchKey, slugFor } from '../../server/domain/text.ts';
import { COLLABORATION_TYPES, STATUSES, ids } from '../../server/domain/vocabulary.ts';
import { loadDatasetFile, reportSectionsPath, seedDatasetPath } from '../../seed/index.ts';

const fixturePath = fileURLToPath(new URL('../fixtures/small-dataset.json', import.meta.url));

interface ReportSections {
  sourceId: string;
  separator: string;
  chapters: {
    heading: string;
    subsections: string[];
    areas?: { heading: string; area: Area; subsections: string[] }[];
  }[];
}

/** Every locator the report's structure allows, with the policy area it belongs to (if any). */
function allowedLocators(sections: ReportSections): Map<string, Area | null> {
  const allowed = new Map<string, Area | null>();
  const add = (heading: string, subsections: string[], area: Area | null) => {
    allowed.set(heading, area);
    for (const sub of subsections) allowed.set(`${heading}${sections.separator}${sub}`, area);
  };
  for (const chapter of sections.chapters) {
    add(chapter.heading, chapter.subsections, null);
    for (const area of chapter.areas ?? []) add(area.heading, area.subsections, area.area);
  }
  return allowed;
}

/** Problems any dataset must not have: dangling references, duplicate ids, missing evidence. */
function referentialProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const duplicates = (kind: string, list: { id: string }[]) => {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) problems.push(`${kind} ${id} appears twice`);
      seen.add(id);
    }
  };
  duplicates('source', dataset.sources);
  duplicates('actor', dataset.actors);
  duplicates('forum', dataset.forums);
  duplicates('collaboration', dataset.collaborations);

  const records = [
    ...dataset.actors.map((r) => ({ kind: 'actor', ...r })),
    ...dataset.forums.map((r) => ({ kind: 'forum', ...r })),
    ...dataset.collaborations.map((r) => ({ kind: 'collaboration', ...r })),
  ];
  for (const record of records) {
    if (record.evidence.length === 0) problems.push(`${record.kind} ${record.id} has no evidence`);
    for (const e of record.evidence) {
      if (!sourceIds.has(e.sourceId)) problems.push(`${record.kind} ${record.id} cites unknown source ${e.sourceId}`);
    }
  }
  for (const actor of dataset.actors) {
    if (actor.parentId !== undefined && !actorIds.has(actor.parentId)) {
      problems.push(`actor ${actor.id} has unknown parent ${actor.parentId}`);
    }
  }
  for (const tie of dataset.collaborations) {
    for (const end of [tie.source, tie.target]) {
      if (!actorIds.has(end)) problems.push(`collaboration ${tie.id} names unknown actor ${end}`);
    }
    if (tie.source === tie.target) problems.push(`collaboration ${tie.id} is a self-tie`);
  }
  for (const forum of dataset.forums) {
    for (const member of forum.members) {
      if (!actorIds.has(member.actorId)) problems.push(`forum ${forum.id} lists unknown member ${member.actorId}`);
    }
  }
  return problems;
}

function sectorsOf(dataset: Dataset): Map<string, Sector> {
  return new Map(dataset.actors.map((a) => [a.id, a.sector]));
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Actors tied in an area they do not work in, with the words of their descriptions that say why: a
 * tie's areas are where the collaboration serves, an actor's where the report shows it working.
 */
const AREA_EXCEPTIONS: Record<string, { areas: Area[]; because: string; becauseSv: string }> = {
  'hogskolan-vast': {
    areas: ['housing', 'labour_market', 'democracy_civil_society', 'crime'],
    because: 'covers all five areas only because the mapping did',
    becauseSv: 'omfattar alla fem områdena bara för att kartläggningen gjorde det',
  },
};

const seed = loadDatasetFile(seedDatasetPath);
const sections = JSON.parse(readFileSync(reportSectionsPath, 'utf8')) as ReportSections;
const locators = allowedLocators(sections);

describe('seed dataset: shape and references', () => {
  it('parses as a Dataset with one source, actors, forums and collaborations', () => {
    expect(seed.sources).toHaveLength(1);
    expect(seed.actors.length).toBeGreaterThan(30);
    expect(seed.forums.length).toBeGreaterThanOrEqual(5);
    expect(seed.collaborations.length).toBeGreaterThan(25);
  });

  it('describes the report as its one source', () => {
    const [source] = seed.sources;
    expect(source).toMatchObject({ id: sections.sourceId, year: 2019, publisher: 'Högskolan Väst' });
    expect(source!.authors).toContain('Per Assmo');
  });

  it('has no dangling references, duplicate ids, self-ties or records without evidence', () => {
    expect(referentialProblems(seed)).toEqual([]);
  });

  it('has an acyclic unit hierarchy', () => {
    const parentOf = new Map(seed.actors.map((a) => [a.id, a.parentId]));
    for (const actor of seed.actors) {
      const seen = new Set<string>([actor.id]);
      for (let up = actor.parentId; up !== undefined; up = parentOf.get(up)) {
        expect(seen.has(up), `cycle through ${actor.id}`).toBe(false);
        seen.add(up);
      }
    }
  });

  it('places units under the actor the report names as theirs, and the municipal company under its owner', () => {
    const parentOf = new Map(seed.actors.map((a) => [a.id, a.parentId]));
    const expected: Record<string, string | undefined> = {
      'kommunstyrelsens-forvaltning': 'trollhattans-stad',
      'tillvaxt-och-utveckling': 'kommunstyrelsens-forvaltning',
      naringslivsenheten: 'tillvaxt-och-utveckling',
      arbetsmarknadsstod: 'arbetsmarknads-och-socialforvaltningen',
      'socialt-stod-och-forsorjning': 'arbetsmarknads-och-socialforvaltningen',
      'enheten-for-nyanlanda': 'arbetsmarknads-och-socialforvaltningen',
      eidar: 'trollhattans-stad',
      'trollhattans-stad': undefined,
      'kunskapsforbundet-vast': undefined, // a federation of several municipalities, not a unit of one
    };
    for (const [id, parent] of Object.entries(expected)) expect(parentOf.get(id), id).toBe(parent);
  });

  it('derives actor and forum ids from their names, and tie ids from source, target and first area', () => {
    for (const record of [...seed.actors, ...seed.forums]) expect(record.id).toBe(slugFor(record.name));
    for (const tie of seed.collaborations) {
      expect(tie.id).toBe(`${tie.source}-${tie.target}-${tie.areas[0]!.replaceAll('_', '-')}`);
    }
  });

  it('has at most one tie per pair of actors and area', () => {
    const seen = new Map<string, string>();
    for (const tie of seed.collaborations) {
      const pair = [tie.source, tie.target].sort().join(' ');
      for (const area of tie.areas) {
        const key = `${pair} ${area}`;
        expect(seen.get(key), `${tie.id} repeats ${key}`).toBeUndefined();
        seen.set(key, tie.id);
      }
    }
  });

  it('gives every tie at least one area, and actors and forums at least one area', () => {
    for (const record of [...seed.actors, ...seed.forums, ...seed.collaborations]) {
      expect(record.areas.length, record.id).toBeGreaterThan(0);
    }
  });

  it('gives every actor the areas of its ties, except where its description says why not', () => {
    for (const actor of seed.actors) {
      const own = new Set(actor.areas);
      const tied = seed.collaborations.filter((c) => c.source === actor.id || c.target === actor.id).flatMap((c) => c.areas);
      const uncovered = [...new Set(tied)].filter((area) => !own.has(area)).sort();
      const exception = AREA_EXCEPTIONS[actor.id];
      expect(uncovered, `${actor.id} is tied in areas it does not list`).toEqual([...(exception?.areas ?? [])].sort());
      if (exception) {
        expect(actor.description, actor.id).toContain(exception.because);
        expect(actor.descriptionSv, actor.id).toContain(exception.becauseSv);
      }
    }
  });
});

describe('seed dataset: evidence', () => {
  const everyEvidence = [...seed.actors, ...seed.forums, ...seed.collaborations].flatMap((record) =>
    record.evidence.map((e) => ({ id: record.id, ...e })),
  );

  it('cites only real sections of the report', () => {
    const unknown = everyEvidence.filter((e) => !locators.has(e.locator)).map((e) => `${e.id}: ${e.locator}`);
    expect(unknown).toEqual([]);
  });

  it('places every tie in an area its evidence speaks about', () => {
    for (const tie of seed.collaborations) {
      const spoken = tie.evidence.map((e) => locators.get(e.locator)).filter((a): a is Area => a != null);
      if (spoken.length === 0) continue; // evidenced only from the background or the discussion
      expect(
        spoken.some((area) => tie.areas.includes(area)),
        `${tie.id} is evidenced in ${spoken.join(', ')}`,
      ).toBe(true);
    }
  });

  it('writes each note as one English sentence in our own words', () => {
    const names = [...seed.actors, ...seed.forums].map((r) => r.name).sort((a, b) => b.length - a.length);
    const swedishFunctionWords = /\b(och|att|som|det|med|för|inte|har|är|av|på|vill|finns|mellan)\b/gi;
    for (const e of everyEvidence) {
      expect(e.note, e.id).toMatch(/^[A-ZÅÄÖ].*\.$/);
      expect(e.note, `${e.id}: more than one sentence`).not.toMatch(/[.!?]\s+[A-ZÅÄÖ]/);
      const withoutNames = names.reduce((text, name) => text.replaceAll(name, ''), e.note);
      const swedish = withoutNames.match(swedishFunctionWords) ?? [];
      expect(swedish, `${e.id}: "${e.note}" reads as Swedish`).toHaveLength(0);
    }
  });
});

describe('seed dataset: names and spelling', () => {
  it('has no actor twice under two spellings', () => {
    const keys = new Map<string, string>();
    for (const record of [...seed.actors, ...seed.forums]) {
      const key = searchKey(record.name).replace(/[^a-z0-9]/g, '');
      expect(keys.get(key), `${record.id} duplicates ${keys.get(key)}`).toBeUndefined();
      keys.set(key, record.id);
    }
    const slugs = seed.actors.map((a) => a.id);
    for (let i = 0; i < slugs.length; i++) {
      for (let j = i + 1; j < slugs.length; j++) {
        const [a, b] = [slugs[i]!, slugs[j]!];
        expect(levenshtein(a, b), `${a} and ${b} look like one actor`).toBeGreaterThan(2);
      }
    }
  });

  it('spells Swedish names with their diacritics', () => {
    const undiacritised =
      /trollhattan|kronogard|granngard|bjorndal|stromslund|forvaltning|arbetsformedling|hogskolan vast|kunskapsforbundet|folkhogskola|naringsliv|samhallsbygg|tillvaxt|nyanlanda|forsorjning|socialt stod|behovs i jobb|skolhalsan|fritidsgard|sakerhet|foreningar|smaforetag|ovriga|omrade|nulage|civilsamhallet|alvstranden/i;
    const texts = [
      ...seed.sources.flatMap((s) => [s.title, s.publisher ?? '', ...s.authors]),
      ...seed.actors.flatMap((a) => [a.name, a.description ?? '', a.descriptionSv ?? '', ...a.neighbourhoods]),
      ...seed.forums.flatMap((f) => [f.name, f.description ?? '', f.descriptionSv ?? '', ...f.neighbourhoods]),
      ...seed.collaborations.flatMap((c) => [c.description ?? '', c.descriptionSv ?? '', ...c.neighbourhoods]),
      ...[...seed.actors, ...seed.forums, ...seed.collaborations].flatMap((r) =>
        r.evidence.flatMap((e) => [e.locator, e.note, e.noteSv ?? '']),
      ),
    ];
    expect(texts.filter((text) => undiacritised.test(text))).toEqual([]);
  });

  it('names only neighbourhoods of Trollhättan the report names, spelt correctly', () => {
    const known = ['Kronogården', 'Lextorp', 'Sylte', 'Strömslund', 'Halvorstorp', 'Björndalen', 'Granngården'];
    const used = [...seed.actors, ...seed.forums, ...seed.collaborations].flatMap((r) => r.neighbourhoods);
    expect(used.filter((n) => !known.includes(n))).toEqual([]);
    expect(used).toContain('Kronogården');
  });

  it('says of every group actor that it stands for a group', () => {
    const groups = [
      'trollhattans-stad',
      'privata-byggherrar',
      'ovriga-bostadsbolag',
      'det-lokala-naringslivet',
      'smaforetag',
      'civilsamhallet',
      'foreningar-i-utsatta-omraden',
      'foreningar-med-ursprung-i-olika-kulturer',
      'organisationer-som-forebygger-missbruk',
      'trygghetsvandrare',
      'statliga-myndigheter',
      'regionala-myndigheter',
      'fritidsgardarna',
    ];
    for (const id of groups) {
      const actor = seed.actors.find((a) => a.id === id);
      expect(actor?.description, id).toMatch(/^Stands for a group/);
    }
  });
});

describe('seed dataset: sectors, types, statuses and forms', () => {
  const sector = sectorsOf(seed);
  const typed = seed.collaborations.map((c) => ({
    ...c,
    sectors: [sector.get(c.source)!, sector.get(c.target)!],
    type: collaborationType(sector.get(c.source)!, sector.get(c.target)!),
  }));

  it('puts the actors the report names in the sectors docs/domain.md gives them', () => {
    const expected: Record<string, Sector> = {
      'trollhattans-stad': 'municipal',
      eidar: 'municipal',
      'kunskapsforbundet-vast': 'municipal',
      naringslivsenheten: 'municipal',
      'dalslands-folkhogskola': 'regional',
      polisen: 'state',
      arbetsformedlingen: 'state',
      'hogskolan-vast': 'state',
      skolverket: 'state',
      'delegationen-mot-segregation': 'state',
      'statliga-myndigheter': 'state',
      'regionala-myndigheter': 'regional',
      'ifk-trollhattan': 'civil_society',
      lextorpskyrkan: 'civil_society',
      'nokas-security-ab': 'business',
    };
    for (const [id, want] of Object.entries(expected)) expect(sector.get(id), id).toBe(want);
  });

  it('keeps units in the sector of the actor they belong to', () => {
    for (const actor of seed.actors) {
      if (actor.parentId !== undefined) expect(actor.sector, actor.id).toBe(sector.get(actor.parentId));
    }
  });

  it('derives tie types that agree with the sectors', () => {
    for (const tie of typed) {
      const [a, b] = tie.sectors;
      if (a === 'municipal' && b === 'municipal') expect(tie.type, tie.id).toBe('internal');
      else if (tie.sectors.includes('civil_society')) expect(tie.type, tie.id).toBe('civil_society');
      else if (tie.sectors.includes('business')) expect(tie.type, tie.id).toBe('business');
      else expect(tie.type, tie.id).toBe('state');
    }
    expect(new Set(typed.map((t) => t.type))).toEqual(new Set(ids(COLLABORATION_TYPES)));
  });

  it('directs every tie that is a flow (funding, commission, referral, staff lent) from the giver', () => {
    const flows: readonly string[] = ['funding', 'commission', 'referral', 'staff'];
    for (const tie of typed.filter((t) => t.forms.some((f) => flows.includes(f)))) expect(tie.directed, tie.id).toBe(true);
  });

  it('dates only ties that exist and ends none the report still describes', () => {
    for (const tie of typed) {
      if (tie.status === 'desired') expect(tie.since, tie.id).toBeUndefined();
      expect(tie.status, tie.id).not.toBe('ended');
    }
  });

  it('lists as members of the groups whose members the report does not name only the stand-ins for them', () => {
    const standIns = new Set(['trollhattans-stad', 'statliga-myndigheter']);
    for (const id of ['kronogardsgruppen', 'samordningsgruppen-for-sakerhet', 'trygghetsgruppen']) {
      const forum = seed.forums.find((f) => f.id === id);
      expect(forum, id).toBeDefined();
      expect(
        forum!.members.filter((m) => !standIns.has(m.actorId)),
        id,
      ).toEqual([]);
    }
  });

  it('records the joint work of forum members the report names as ties between them too', () => {
    const standIns = new Set(['trollhattans-stad', 'statliga-myndigheter']);
    const tied = new Set(seed.collaborations.map((c) => [c.source, c.target].sort().join(' ')));
    for (const forum of seed.forums) {
      const named = forum.members.map((m) => m.actorId).filter((id) => !standIns.has(id));
      for (let i = 0; i < named.length; i++) {
        for (let j = i + 1; j < named.length; j++) {
          expect(tied.has([named[i]!, named[j]!].sort().join(' ')), `${forum.id}: ${named[i]} and ${named[j]}`).toBe(true);
        }
      }
    }
  });

  it('has a lead only where the report names one', () => {
    const leads = seed.forums.flatMap((f) => f.members.filter((m) => m.role === 'lead').map((m) => `${f.id}:${m.actorId}`));
    expect(leads).toEqual(['alla-behovs-i-jobb:arbetsmarknadsstod']);
  });
});

describe('small made-up fixture', () => {
  const fixture = loadDatasetFile(fixturePath);
  const sector = sectorsOf(fixture);

  it('validates with the same loader and has no dangling references', () => {
    expect(fixture.actors.length).toBeGreaterThanOrEqual(6);
    expect(fixture.actors.length).toBeLessThanOrEqual(10);
    expect(fixture.forums.length).toBeGreaterThanOrEqual(1);
    expect(referentialProblems(fixture)).toEqual([]);
  });

  it('has ties of every type and every status', () => {
    const types = new Set(fixture.collaborations.map((c) => collaborationType(sector.get(c.source)!, sector.get(c.target)!)));
    expect(types).toEqual(new Set(ids(COLLABORATION_TYPES)));
    expect(new Set(fixture.collaborations.map((c) => c.status))).toEqual(new Set(ids(STATUSES)));
  });
});

describe('loadDatasetFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-seed-'));

  it('names the file and the failing field path', () => {
    const path = join(dir, 'bad-sector.json');
    const dataset = JSON.parse(readFileSync(fixturePath, 'utf8')) as { actors: { sector: string }[] };
    dataset.actors[2]!.sector = 'church';
    writeFileSync(path, JSON.stringify(dataset));
    expect(() => loadDatasetFile(path)).toThrow(path);
    expect(() => loadDatasetFile(path)).toThrow('actors[2] (aby-bostader).sector');
  });

  it('rejects a collaboration that sets its derived type', () => {
    const path = join(dir, 'typed.json');
    const dataset = JSON.parse(readFileSync(fixturePath, 'utf8')) as { collaborations: Record<string, unknown>[] };
    dataset.collaborations[0]!.type = 'internal';
    writeFileSync(path, JSON.stringify(dataset));
    expect(() => loadDatasetFile(path)).toThrow(/collaborations\[0\] \(socialforvaltningen-aby-bostader-housing\)/);
  });

  it('names the file when it is not JSON or does not exist', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ "actors": [');
    expect(() => loadDatasetFile(path)).toThrow(`${path} is not valid JSON`);
    expect(() => loadDatasetFile(join(dir, 'missing.json'))).toThrow('missing.json');
  });
});
