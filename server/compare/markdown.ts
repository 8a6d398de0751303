// compareToMarkdown: a comparison as Markdown for planners, in English or Swedish — the summary
// first (what changed, how many wishes came true), then the tables it rests on. Pure: the same
// result and language always give the same text. Names copied from the data are made inert, so
// a name such as `*Föreningen*` reads as written. Long lists stop after LIST_LIMIT rows.
import type { CompareActor, CompareResult, CompareTie, Delta, RankMove, RoundRef } from '../domain/compare-responses.ts';
import { SECTORS, STATUSES, type Term } from '../domain/vocabulary.ts';
import { fail } from './common.ts';
import { TEXTS, type Lang, type Texts } from './markdown-texts.ts';

const LIST_LIMIT = 20;

const term = (list: readonly Term[], id: string, lang: Lang) => list.find((t) => t.id === id)?.[lang] ?? id;
const inert = (raw: string) => raw.replace(/[\\`*_[\]()<>#|]/g, '\\$&').replace(/\s*\n\s*/g, ' ');

function numbers(lang: Lang) {
  const decimal = (x: number, digits: number) => {
    const s = x.toFixed(digits);
    return lang === 'sv' ? s.replace('.', ',') : s;
  };
  const num = (x: number | null, digits = 2) => (x === null ? '–' : Number.isInteger(x) ? String(x) : decimal(x, digits));
  const pct = (x: number | null) => (x === null ? '–' : `${decimal(x * 100, 0)} %`);
  // A share changes by percentage points, not by per cent of itself.
  const points = (x: number | null) => (x === null ? '–' : `${decimal(x * 100, 0)} ${TEXTS[lang].points}`);
  const signed = (x: number | null, show: (x: number | null) => string) =>
    x === null ? '' : x > 0 ? ` (+${show(x)})` : x < 0 ? ` (−${show(-x)})` : ' (±0)';
  const change = (d: Delta, show: (x: number | null) => string = num) =>
    `${show(d.from)} → ${show(d.to)}${signed(d.change, show === pct ? points : show)}`;
  return { num, pct, change };
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const shown = rows.slice(0, LIST_LIMIT).map((r) => `| ${r.join(' | ')} |`);
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...shown, ''];
}

function more(t: Texts, count: number): string[] {
  return count > LIST_LIMIT ? [t.more(count - LIST_LIMIT), ''] : [];
}

export function compareToMarkdown(result: CompareResult, lang: Lang = 'en'): string {
  const t = TEXTS[lang];
  if (!t) fail('compareToMarkdown', "lang must be 'en' or 'sv'");
  const { pct, change } = numbers(lang);
  const sector = (id: string) => term(SECTORS, id, lang);
  const status = (id: string) => term(STATUSES, id, lang).toLowerCase();
  const name = (a: CompareActor) => inert(a.name);
  const tie = (c: CompareTie) => `${name(c.source)} – ${name(c.target)}`;
  const round = (r: RoundRef) => inert(r.label ?? r.id) + (r.kind === 'scenario' ? ` (${t.scenarioKind})` : '');
  const { ties, roster, wishes } = result;

  const lines = [`# ${t.title(round(result.from), round(result.to))}`, ''];
  for (const side of [result.from, result.to]) if (side.kind === 'scenario') lines.push(`> ${t.scenario(round(side))}`, '');

  const otherMoves = ties.counts.statusChanged - ties.counts.gapsClosed - ties.counts.strengthened - ties.counts.weakened;
  lines.push(`## ${t.summary}`, '');
  lines.push(`- ${t.ties(ties.counts.new, ties.counts.ended, ties.counts.reRecorded)}`);
  lines.push(`- ${t.statuses(ties.counts.gapsClosed, ties.counts.strengthened, ties.counts.weakened, otherMoves)}`);
  lines.push(`- ${t.attributes(ties.counts.attributesChanged)}`);
  lines.push(
    `- ${t.roster({
      joined: roster.actors.joined.length,
      left: roster.actors.left.length,
      forumsJoined: roster.forums.joined.length,
      forumsLeft: roster.forums.left.length,
      membersJoined: roster.memberships.joined.length,
      membersLeft: roster.memberships.left.length,
    })}`,
  );
  if (wishes.declared.total === 0) lines.push(`- ${t.noWishes}`);
  else {
    const { byPair } = wishes.declared;
    // A sector none of whose wished-for ties came true is named: the gap that stayed open.
    const unmet = SECTORS.filter((s) => {
      const touching = byPair.filter((p) => p.a === s.id || p.b === s.id);
      return touching.length > 0 && touching.every((p) => p.realised === 0);
    });
    const none = unmet.length ? `; ${unmet.map((s) => t.noneWith(s[lang])).join(', ')}` : '';
    lines.push(`- ${t.wishes(wishes.declared.realised, wishes.declared.total)}${none}.`);
    for (const p of byPair) lines.push(`  - ${sector(p.a)} – ${sector(p.b)}: ${t.of(p.realised, p.total)}`);
  }
  if (wishes.predicted.total > 0) lines.push(`- ${t.predicted(wishes.predicted.realised, wishes.predicted.total)}`);
  lines.push('');

  const h = t.headers;
  const changeRows = [
    ...ties.new.map((c) => [tie(c), t.added, status(c.status)]),
    // `status` of an ended tie is the earlier round's; now it is ended, or gone from the round.
    ...ties.ended.map((c) => [tie(c), t.ended[c.how], c.how === 'removed' ? '–' : status('ended')]),
    ...ties.statusChanged.map((s) => [tie(s.tie), t.kinds[s.kind], `${status(s.from)} → ${status(s.to)}`]),
  ];
  lines.push(`## ${t.sections.ties}`, '', ...(changeRows.length ? table([h.tie, h.change, h.now], changeRows) : [t.nothing, '']));
  lines.push(...more(t, changeRows.length));

  lines.push(`## ${t.sections.sectors}`, '');
  lines.push(
    ...table(
      [h.sector, h.actors, h.meanDegree, h.tieShare, h.ei, h.reachGap],
      result.sectors.map((s) => [
        sector(s.sector),
        change(s.actors),
        change(s.meanDegree),
        change(s.tieShare, pct),
        change(s.eiIndex),
        change(s.reachGapShare, pct),
      ]),
    ),
  );

  const cells = result.mixing.cells.filter((c) => c.ties.from !== 0 || c.ties.to !== 0);
  lines.push(`## ${t.sections.mixing}`, '');
  lines.push(
    ...(cells.length
      ? table(
          [h.pair, h.ties, h.density],
          cells.map((c) => [`${sector(c.a)} – ${sector(c.b)}`, change(c.ties), change(c.relativeDensity)]),
        )
      : [t.nothing, '']),
  );

  lines.push(`## ${t.sections.movers}`, '');
  for (const which of ['betweenness', 'degree'] as const) {
    const m = result.centrality[which];
    const rank = (r: RankMove) => `${r.from ? r.from.rank : '–'} → ${r.to ? r.to.rank : '–'}`;
    const rows = [
      ...m.risers.map((r) => [name(r.actor), t.risers, rank(r)]),
      ...m.fallers.map((r) => [name(r.actor), t.fallers, rank(r)]),
      ...m.entered.map((r) => [name(r.actor), t.entered, rank(r)]),
      ...m.exited.map((r) => [name(r.actor), t.exited, rank(r)]),
    ];
    lines.push(`### ${t.metrics[which]}${m.samples === null ? '' : t.sampled(m.samples)}`, '');
    lines.push(...(rows.length ? table([h.actor, h.change, h.rank], rows) : [t.nothing, '']));
  }

  lines.push(`## ${t.sections.brokers}`, '');
  const brokerRows = result.brokers.changes
    .filter((b) => b.gained.length + b.lost.length > 0)
    .map((b) => [`${sector(b.from)} – ${sector(b.to)}`, b.gained.map(name).join(', ') || '–', b.lost.map(name).join(', ') || '–']);
  if (result.brokers.skipped) lines.push(t.brokersSkipped, '');
  else lines.push(...(brokerRows.length ? table([h.pair, h.gained, h.lost], brokerRows) : [t.nothing, '']));

  lines.push(`## ${t.sections.wishes}`, '');
  const wishRows = wishes.declared.items.map((w) => [tie(w.tie), status(w.tie.status), t.outcomes[w.outcome], w.now ? status(w.now) : '–']);
  lines.push(...(wishRows.length ? table([h.tie, h.wish, h.outcome, h.now], wishRows) : [t.nothing, '']), ...more(t, wishRows.length));
  lines.push(`## ${t.sections.predicted}`, '');
  const predictedRows = wishes.predicted.items.map((p) => [
    `${name(p.source)} – ${name(p.target)}`,
    t.predictionOutcomes[p.outcome],
    p.now ? status(p.now) : '–',
  ]);
  lines.push(...(predictedRows.length ? table([h.tie, h.outcome, h.now], predictedRows) : [t.nothing, '']));
  if (wishes.overall.total > 0) {
    lines.push(`${h.realised}: ${t.of(wishes.overall.realised, wishes.overall.total)} (${pct(wishes.overall.share)})`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
