// Renders a GapReport as Markdown for planners: the findings first (claim, verdict, why, the
// figures), then the tables they rest on. Pure: the same report always gives the same text.
// Text copied from the data (names, neighbourhoods, evidence notes) is escaped, so a name such as
// `[x](http://e)` or `*Föreningen*` reads as written instead of turning into a link or emphasis.
import { AREAS, COLLABORATION_TYPES, SECTORS, STATUSES, type Term } from '../../domain/vocabulary.ts';
import type { Finding, GapReport, StatusCounts } from './schemas.ts';

const label = (list: readonly Term[], id: string | null) => list.find((t) => t.id === id)?.en ?? String(id);
const sector = (id: string) => label(SECTORS, id);
/** Data text made inert: Markdown's link, emphasis, code, heading and HTML syntax escaped, lines joined. */
const text = (raw: string) => raw.replace(/[\\`*_[\]()<>#]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
/** A table cell: also its column separator escaped. */
const cell = (raw: string) => raw.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(0)} %`);
const num = (x: number | null, digits = 2) => (x === null ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(digits));

const VERDICT: Record<string, string> = {
  true: 'Supported by the data',
  partly: 'Partly supported by the data',
  false: 'Not supported by the data',
};

function statusCounts(counts: StatusCounts): string {
  const parts = STATUSES.filter((s) => counts[s.id]).map((s) => `${counts[s.id]} ${s.en.toLowerCase()}`);
  return parts.length ? parts.join(', ') : '–';
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function finding(f: Finding): string[] {
  const figures = Object.entries(f.figures).map(([k, v]) => `\`${k}\` ${v === null ? '–' : String(v)}`);
  return [`### ${f.claim}`, '', `**${VERDICT[String(f.supported)]}.** ${f.explanation}`, '', `Figures: ${figures.join(' · ')}`, ''];
}

export function toMarkdown(report: GapReport): string {
  const { areas, sectors, neighbourhoods } = report.scope;
  const scope = [
    areas.length === 0 ? 'all areas' : `${areas.length === 1 ? 'area' : 'areas'}: ${areas.map((a) => label(AREAS, a)).join(', ')}`,
    ...(neighbourhoods.length > 0 ? [`neighbourhoods: ${text(neighbourhoods.join(', '))}`] : []),
  ].join('; ');
  const lines: string[] = [
    `# Collaboration gaps (${scope})`,
    '',
    `Graph version ${report.graph.version}: ${report.graph.actors} actors, ${report.graph.collaborations} collaborations, ` +
      `${report.graph.forums} forums.`,
    '',
    ...(sectors.length > 0
      ? [
          `The lists are limited to actors of these sectors: ${sectors.map(sector).join(', ')}. The findings and figures ` +
            'cover every sector in scope.',
          '',
        ]
      : []),
    '## Findings',
    '',
    ...report.findings.flatMap(finding),
    '## Existing ties by type',
    '',
    ...table(
      ['Type', 'Ties', 'Share', 'By status'],
      report.typeShares.map((t) => [label(COLLABORATION_TYPES, t.type), String(t.ties), pct(t.share), statusCounts(t.byStatus)]),
    ),
    '',
    '## Weakest sector pairs',
    '',
    ...table(
      ['Sectors', 'Ties', 'Possible pairs', 'Density', 'Relative to the graph'],
      report.weakestPairs.map((c) => [
        `${sector(c.a)} × ${sector(c.b)}`,
        String(c.ties),
        String(c.possiblePairs),
        num(c.density, 3),
        c.relativeDensity === null ? '–' : `${num(c.relativeDensity)}×`,
      ]),
    ),
    '',
  ];

  for (const [title, group] of [
    ['civil society', report.withoutCivilSociety],
    ['business', report.withoutBusiness],
  ] as const) {
    lines.push(`## Actors without an active ${title} tie`, '');
    lines.push(`${group.count} of ${group.of} actors outside ${title}${group.count ? ':' : '.'}`, '');
    for (const a of group.actors) lines.push(`- ${text(a.name)} (${sector(a.sector)})`);
    if (group.count) lines.push('');
  }

  lines.push('## Declared gaps', '', `${report.declared.total} ties: ${statusCounts(report.declared.byStatus)}.`, '');
  if (report.declared.topActors.length) {
    lines.push(
      ...table(
        ['Actor', 'Sector', 'Declared ties', 'By status'],
        report.declared.topActors.map((g) => [text(g.actor.name), sector(g.actor.sector), String(g.total), statusCounts(g.byStatus)]),
      ),
      '',
    );
  }
  for (const t of report.declared.ties) {
    const notes = t.evidence.map((e) => `${text(e.note)} (${text(e.sourceId)}, ${text(e.locator)})`).join('; ');
    lines.push(`- ${text(t.source.name)} – ${text(t.target.name)}: ${label(STATUSES, t.status).toLowerCase()}${notes ? `. ${notes}` : ''}`);
  }
  if (report.declared.ties.length) lines.push('');

  lines.push('## Predicted cross-sector links', '');
  if (report.predicted.length === 0) lines.push('No unlinked cross-sector pairs share a partner.', '');
  else {
    lines.push(
      ...table(
        ['Pair', 'Sectors', 'Adamic–Adar', 'Jaccard', 'Shared partners', 'Shared areas'],
        report.predicted.map((p) => [
          `${text(p.source.name)} – ${text(p.target.name)}${p.declared.length ? ` (${p.declared.join(', ')})` : ''}`,
          `${sector(p.source.sector)} × ${sector(p.target.sector)}`,
          num(p.scores.adamicAdar),
          num(p.scores.jaccard),
          p.sharedNeighbours.map((n) => text(n.name)).join(', '),
          p.sharedAreas.map((a) => label(AREAS, a)).join(', ') || '–',
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
