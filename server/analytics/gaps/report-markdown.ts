// Renders a GapReport as Markdown for planners, in English or Swedish (report-words.ts): the
// findings first (claim, verdict, why, the figures), then the tables they rest on. Pure: the same
// report and language always give the same text.
// Text copied from the data (names, neighbourhoods, evidence notes) is escaped, so a name such as
// `[x](http://e)` or `*Föreningen*` reads as written instead of turning into a link or emphasis.
import { AREAS, COLLABORATION_TYPES, SECTORS, STATUSES, type Term } from '../../domain/vocabulary.ts';
import { REPORT_WORDS, type ReportLang, type ReportWords } from './report-words.ts';
import type { Finding, GapReport, StatusCounts } from './schemas.ts';

/** The renderer's words and labels in one language. */
function wordsFor(lang: ReportLang) {
  const w = REPORT_WORDS[lang];
  const label = (list: readonly Term[], id: string | null) => list.find((t) => t.id === id)?.[lang] ?? String(id);
  return { w, lang, label, sector: (id: string) => label(SECTORS, id) };
}
type Words = ReturnType<typeof wordsFor>;
/** Data text made inert: Markdown's link, emphasis, code, heading and HTML syntax escaped, lines joined. */
const text = (raw: string) => raw.replace(/[\\`*_[\]()<>#]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
/** A table cell: also its column separator escaped. */
const cell = (raw: string) => raw.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(0)} %`);
const num = (w: ReportWords, x: number | null, digits = 2) =>
  x === null ? '–' : Number.isInteger(x) ? String(x) : w.decimal(x.toFixed(digits));

function statusCounts({ lang }: Words, counts: StatusCounts): string {
  const parts = STATUSES.filter((s) => counts[s.id]).map((s) => `${counts[s.id]} ${s[lang].toLowerCase()}`);
  return parts.length ? parts.join(', ') : '–';
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function finding({ w, lang }: Words, f: Finding): string[] {
  const figures = Object.entries(f.figures).map(([k, v]) => `\`${k}\` ${v === null ? '–' : String(v)}`);
  const [claim, explanation] = lang === 'sv' ? [f.claimSv, f.explanationSv] : [f.claim, f.explanation];
  const verdict = w.verdict[String(f.supported) as keyof ReportWords['verdict']];
  return [`### ${claim}`, '', `**${verdict}.** ${explanation}`, '', `${w.figures}: ${figures.join(' · ')}`, ''];
}

export function toMarkdown(report: GapReport, lang: ReportLang = 'en'): string {
  const words = wordsFor(lang);
  const { w, label, sector } = words;
  const { areas, sectors, neighbourhoods } = report.scope;
  const scope = [
    areas.length === 0 ? w.allAreas : `${w.areas(areas.length)}: ${areas.map((a) => label(AREAS, a)).join(', ')}`,
    ...(neighbourhoods.length > 0 ? [`${w.neighbourhoods}: ${text(neighbourhoods.join(', '))}`] : []),
  ].join('; ');
  const lines: string[] = [
    `# ${w.title} (${scope})`,
    '',
    w.graph(report.graph.version, report.graph.actors, report.graph.collaborations, report.graph.forums),
    '',
    ...(sectors.length > 0 ? [w.limited(sectors.map(sector).join(', ')), ''] : []),
    `## ${w.findings}`,
    '',
    ...report.findings.flatMap((f) => finding(words, f)),
    `## ${w.typeShares}`,
    '',
    ...table(
      w.typeHeaders,
      report.typeShares.map((t) => [label(COLLABORATION_TYPES, t.type), String(t.ties), pct(t.share), statusCounts(words, t.byStatus)]),
    ),
    '',
    `## ${w.weakestPairs}`,
    '',
    ...table(
      w.pairHeaders,
      report.weakestPairs.map((c) => [
        `${sector(c.a)} × ${sector(c.b)}`,
        String(c.ties),
        String(c.possiblePairs),
        num(w, c.density, 3),
        c.relativeDensity === null ? '–' : `${num(w, c.relativeDensity)}${w.relative}`,
      ]),
    ),
    '',
  ];

  for (const [key, group] of [
    ['civil_society', report.withoutCivilSociety],
    ['business', report.withoutBusiness],
  ] as const) {
    lines.push(`## ${w.withoutTie(w.outside[key])}`, '');
    lines.push(`${w.outsideCount(group.count, group.of, w.outside[key])}${group.count ? ':' : '.'}`, '');
    for (const a of group.actors) lines.push(`- ${text(a.name)} (${sector(a.sector)})`);
    if (group.count) lines.push('');
  }

  lines.push(`## ${w.declared}`, '', `${w.declaredTotal(report.declared.total)}: ${statusCounts(words, report.declared.byStatus)}.`, '');
  if (report.declared.topActors.length) {
    lines.push(
      ...table(
        w.declaredHeaders,
        report.declared.topActors.map((g) => [
          text(g.actor.name),
          sector(g.actor.sector),
          String(g.total),
          statusCounts(words, g.byStatus),
        ]),
      ),
      '',
    );
  }
  for (const t of report.declared.ties) {
    const notes = t.evidence.map((e) => `${text(e.note)} (${text(e.sourceId)}, ${text(e.locator)})`).join('; ');
    lines.push(`- ${text(t.source.name)} – ${text(t.target.name)}: ${label(STATUSES, t.status).toLowerCase()}${notes ? `. ${notes}` : ''}`);
  }
  if (report.declared.ties.length) lines.push('');

  lines.push(`## ${w.predicted}`, '');
  if (report.predicted.length === 0) lines.push(w.noPredicted, '');
  else {
    lines.push(
      ...table(
        w.predictedHeaders,
        report.predicted.map((p) => [
          `${text(p.source.name)} – ${text(p.target.name)}${p.declared.length ? ` (${p.declared.join(', ')})` : ''}`,
          `${sector(p.source.sector)} × ${sector(p.target.sector)}`,
          num(w, p.scores.adamicAdar),
          num(w, p.scores.jaccard),
          p.sharedNeighbours.map((n) => text(n.name)).join(', '),
          p.sharedAreas.map((a) => label(AREAS, a)).join(', ') || '–',
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
