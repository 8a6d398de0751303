// What frames an exported picture of the map, so a PNG or SVG read alone says what it shows: a
// title (the mapping), the round and what is on the map, the date, the legend and a source line.
// Pure: built from the legend model and the texts, drawn by export-image.ts on a canvas or as SVG.
import { COLLABORATION_TYPES, SECTORS, STATUSES, type Source } from '../domain.ts';
import type { LegendModel } from '../graph/legend.ts';
import { termLabel, translate, type Lang } from '../i18n/i18n.ts';

/** A legend line: a mark (a dot, a ring, a stroke) in a colour, its words and its count. */
export interface LegendEntry {
  mark: 'dot' | 'ring' | 'group' | 'line' | 'dashed' | 'dotted';
  color: string;
  alpha: number;
  label: string;
  count: number;
}
export type LegendRow = { heading: string } | LegendEntry;

export interface ExportFrame {
  title: string;
  subtitle: string;
  date: string;
  source: string;
  legend: LegendRow[];
}

/** The frame's measures in CSS pixels: a header band above the map, the legend beside it, a footer. */
export const FRAME = { header: 58, footer: 28, legend: 250, pad: 14, row: 18, font: 'system-ui, sans-serif' } as const;

export const frameSize = (map: { width: number; height: number }) => ({
  width: map.width + FRAME.legend,
  height: FRAME.header + map.height + FRAME.footer,
});

/** Where the map sits inside the frame. */
export const MAP_ORIGIN = { x: 0, y: FRAME.header } as const;

export function legendRows(model: LegendModel, lang: Lang): LegendRow[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const entry = (mark: LegendEntry['mark'], color: string, label: string, count: number, alpha = 1): LegendEntry => ({
    mark,
    color,
    alpha,
    label,
    count,
  });
  const rows: LegendRow[] = [];
  if (model.sectors.length > 0 || model.forums) {
    rows.push({ heading: t('legendNodes') });
    for (const s of model.sectors) rows.push(entry('dot', s.color, termLabel(lang, SECTORS, s.id), s.count));
    if (model.forums) rows.push(entry('ring', model.forums.color, t('legendForum'), model.forums.count));
    if (model.groups) rows.push(entry('group', model.groups.color, t('legendGroup'), model.groups.count));
    if (model.outlined) rows.push(entry('ring', model.outlined.color, t('legendOutlined'), model.outlined.count));
  }
  if (model.types.length > 0) {
    rows.push({ heading: t('legendTies') });
    for (const x of model.types) rows.push(entry('line', x.color, termLabel(lang, COLLABORATION_TYPES, x.id), x.count));
  }
  if (model.statuses.length > 0) {
    rows.push({ heading: t('legendStatus') });
    for (const s of model.statuses) rows.push(entry(s.edgeType, '#4a5160', termLabel(lang, STATUSES, s.id), s.count, s.alpha));
  }
  const others: LegendEntry[] = [
    ...(model.memberships ? [entry('line', model.memberships.color, t('legendMembership'), model.memberships.count)] : []),
    ...(model.comemberships
      ? [entry('line', model.comemberships.color, t('legendCoMembership'), model.comemberships.count, model.comemberships.alpha)]
      : []),
    ...(model.predicted
      ? [entry('dashed', model.predicted.color, t('legendPredicted'), model.predicted.count, model.predicted.alpha)]
      : []),
    ...(model.partOf ? [entry('line', model.partOf.color, t('legendPartOf'), model.partOf.count, model.partOf.alpha)] : []),
  ];
  if (others.length > 0) rows.push({ heading: t('legendOther') }, ...others);
  if (model.sizeMetric) rows.push({ heading: `${t('legendSize')}: ${model.sizeMetric}` });
  return rows;
}

/** "Source: …" naming the round's documents (the first few) and where the picture came from. */
export function sourceLine(sources: Iterable<Source>, lang: Lang, origin: string): string {
  const list = [...sources];
  const named = list.slice(0, 2).map((s) => `${s.title} (${s.year})`);
  const more = list.length > 2 ? translate(lang, 'exportMoreSources', { n: list.length - 2 }) : '';
  const documents = named.length > 0 ? `${named.join('; ')}${more}. ` : '';
  return `${translate(lang, 'exportSource')}: ${documents}Samverkan, ${origin}`;
}
