// The side panel for the selected actor: who it is, how central, its ties by type and status,
// the evidence for it, its gaps (sectors it has no tie to, predicted partners and why) and its history.
// With a writable server it offers to edit or delete the actor and each of its ties.
import { standing, type Standing } from '../api/analytics.ts';
import type { ExplorerContext } from '../app/context.ts';
import { AREAS, COLLABORATION_TYPES, FORMS, MEMBER_ROLES, SECTORS, STATUSES, type Evidence } from '../domain.ts';
import { forumsOf, sectorsWithoutTie, tiesByTypeAndStatus, unitsOf } from '../graph/actor-summary.ts';
import { SECTOR_COLORS, TYPE_COLORS } from '../graph/colors.ts';
import { localDegree } from '../graph/local-metrics.ts';
import { isGroupActor, type ActorNode } from '../graph/model.ts';
import { i18n } from '../i18n/i18n.ts';
import { clearFilterKeys, select, setEgo, type EgoDepth, type FilterKey } from '../state/view-state.ts';
import type { MessageKey } from '../i18n/strings.ts';
import { h, replace } from './dom.ts';
import { actorHistory } from './history.ts';
import { bilingual, problemNotice, websiteLink } from './text.ts';

function actorButton(ctx: ExplorerContext, id: string, name: string): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'link', 'data-key': `actor:${id}`, on: { click: () => ctx.dispatch((s) => select(s, id)) } },
    name,
  );
}

function evidenceList(ctx: ExplorerContext, evidence: Evidence[]): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'muted' }, i18n.t('panelNoEvidence'));
  return h(
    'ul',
    { class: 'evidence' },
    evidence.map((e) => {
      const source = ctx.sources.get(e.sourceId);
      return h(
        'li',
        null,
        bilingual('q', {}, e.note, e.noteSv),
        h('cite', null, ` — ${source ? `${source.title}${source.year ? ` (${source.year})` : ''}` : e.sourceId}, ${e.locator}`),
      );
    }),
  );
}

/** "rank 2 of 42"; with ties, how many share the value; a tie at the bottom says only that. */
function standingText({ rank, of, tiedWith, last }: Standing): string {
  if (tiedWith === 0) return i18n.t('panelRank', { rank, of });
  return last ? i18n.t('panelTied', { n: tiedWith }) : i18n.t('panelRankTied', { rank, of, n: tiedWith });
}

function centralities(ctx: ExplorerContext, id: string): HTMLElement | null {
  const rows = ctx.catalogue.flatMap((m) => {
    const values = ctx.centrality.get(m.id) ?? (m.id === 'degree' ? localDegree(ctx.display) : undefined);
    const value = values?.get(id);
    if (!values || value === undefined) return [];
    const place = m.output === 'category' ? undefined : standing(values, id, m.higherIsMore !== false);
    const shown = Number.isInteger(value) ? String(value) : value.toFixed(3);
    return [
      h(
        'tr',
        null,
        h('th', { scope: 'row' }, m.label[i18n.lang]),
        h('td', null, shown),
        h('td', { class: 'muted' }, place === undefined ? '' : standingText(place)),
      ),
    ];
  });
  // Asking the API failed: say why (local degree, counted here, may still be listed).
  const problem = ctx.centralityProblem;
  if (rows.length === 0 && problem === null) return null;
  // The API counts existing ties unless the view asks for statuses; say which, beside the numbers.
  const basis = ctx.state.statuses.length === 0 ? i18n.t('panelCentralityExisting') : i18n.t('panelCentralityStatuses');
  return h(
    'section',
    null,
    h('h3', null, i18n.t('panelCentrality')),
    problem ? problemNotice(ctx, problem) : h('p', { class: 'muted' }, basis),
    rows.length > 0 ? h('table', { class: 'metrics' }, h('tbody', null, rows)) : null,
  );
}

function predicted(ctx: ExplorerContext, id: string): HTMLElement | null {
  if (!ctx.analyticsAvailable) return null;
  const load = ctx.predictedFor(id);
  const body = (): HTMLElement => {
    if (load === undefined || load.state === 'loading') return h('p', { class: 'muted' }, i18n.t('loading'));
    if (load.state === 'failed') return problemNotice(ctx, load.problem);
    const list = load.value.predictions;
    if (list.length === 0) return h('p', { class: 'muted' }, i18n.t('panelNoPredicted'));
    return h(
      'ul',
      { class: 'predicted' },
      list.map((p) => {
        const other = p.source.id === id ? p.target : p.source;
        const reasons = [
          p.sharedNeighbours.length > 0 ? i18n.t('sharedNeighbours', { names: p.sharedNeighbours.map((n) => n.name).join(', ') }) : '',
          p.sharedAreas.length > 0 ? i18n.t('sharedAreas', { areas: p.sharedAreas.map((a) => i18n.term(AREAS, a)).join(', ') }) : '',
        ].filter(Boolean);
        return h(
          'li',
          null,
          actorButton(ctx, other.id, other.name),
          ` (${i18n.term(SECTORS, other.sector)})`,
          h('div', { class: 'muted small' }, reasons.join('; ')),
        );
      }),
    );
  };
  return h('section', null, h('h4', null, i18n.t('panelPredicted')), body());
}

const FILTER_TITLES: Record<FilterKey, MessageKey> = {
  areas: 'filterArea',
  sectors: 'filterSector',
  types: 'filterType',
  statuses: 'filterStatus',
  neighbourhoods: 'filterNeighbourhood',
};

/** The actor is not on the map: say which filters hide it and offer to clear them. */
function hiddenNotice(ctx: ExplorerContext, id: string): HTMLElement {
  const keys = ctx.filtersHiding(id);
  const names = keys.map((k) => i18n.t(FILTER_TITLES[k]).toLowerCase()).join(', ');
  return h(
    'div',
    { class: 'notice', id: 'hidden-notice', role: 'note' },
    h('p', null, keys.length > 0 ? i18n.t('panelHiddenBy', { filters: names }) : i18n.t('panelHiddenByAll')),
    h(
      'button',
      { type: 'button', id: 'show-hidden', on: { click: () => ctx.dispatch((s) => clearFilterKeys(s, keys)) } },
      keys.length > 0 ? i18n.t('panelClearHiding', { filters: names }) : i18n.t('clearFilters'),
    ),
  );
}

export function renderPanel(root: HTMLElement, ctx: ExplorerContext): void {
  const id = ctx.state.selected;
  if (id === null || !ctx.data.hasNode(id) || ctx.data.getNodeAttribute(id, 'kind') !== 'actor') {
    root.hidden = true;
    replace(root);
    return;
  }
  root.hidden = false;
  const a = ctx.data.getNodeAttributes(id) as ActorNode;
  const parent = a.parentId && ctx.data.hasNode(a.parentId) ? ctx.data.getNodeAttribute(a.parentId, 'label') : null;
  const units = unitsOf(ctx.data, id);
  const groups = tiesByTypeAndStatus(ctx.data, id);
  const forums = forumsOf(ctx.data, id);
  const missing = sectorsWithoutTie(ctx.data, id);
  const writable = ctx.writable;
  // Found by search but left off the map by the filters: nothing to highlight or step out from.
  const hidden = !ctx.display.hasNode(id);
  const egoButton = (depth: EgoDepth, label: string) =>
    h(
      'button',
      {
        type: 'button',
        'data-key': `ego:${depth}`,
        'aria-pressed': String(!hidden && ctx.state.ego === depth),
        disabled: hidden,
        on: { click: () => ctx.dispatch((s) => setEgo(s, depth)) },
      },
      label,
    );
  const chips = (list: readonly string[], render: (v: string) => string) =>
    list.length > 0
      ? h(
          'ul',
          { class: 'chips' },
          list.map((v) => h('li', null, render(v))),
        )
      : null;

  replace(
    root,
    h(
      'header',
      { class: 'panel-head' },
      h('h2', { id: 'panel-title', tabindex: -1 }, a.label),
      h(
        'button',
        { type: 'button', class: 'icon', 'aria-label': i18n.t('close'), on: { click: () => ctx.dispatch((s) => select(s, null)) } },
        '×',
      ),
    ),
    h(
      'p',
      null,
      h('span', { class: 'swatch dot', style: { background: SECTOR_COLORS[a.sector] }, 'aria-hidden': 'true' }),
      ` ${i18n.term(SECTORS, a.sector)}`,
    ),
    h(
      'dl',
      { class: 'facts' },
      a.areas.length > 0
        ? [
            h('dt', null, i18n.t('panelAreas')),
            h(
              'dd',
              null,
              chips(a.areas, (v) => i18n.term(AREAS, v)),
            ),
          ]
        : null,
      parent ? [h('dt', null, i18n.t('panelParent')), h('dd', null, actorButton(ctx, a.parentId!, parent))] : null,
      units.length > 0
        ? [
            h('dt', null, i18n.t('panelUnits')),
            h(
              'dd',
              null,
              units.map((u, i) => [i > 0 ? ', ' : '', actorButton(ctx, u.id, u.name)]),
            ),
          ]
        : null,
      a.neighbourhoods.length > 0 ? [h('dt', null, i18n.t('panelNeighbourhoods')), h('dd', null, a.neighbourhoods.join(', '))] : null,
      a.targetGroups.length > 0 ? [h('dt', null, i18n.t('panelTargetGroups')), h('dd', null, a.targetGroups.join(', '))] : null,
      a.website ? [h('dt', null, i18n.t('panelWebsite')), h('dd', null, websiteLink(a.website))] : null,
    ),
    isGroupActor(a) ? h('p', { class: 'note group-note' }, i18n.t('panelGroupNote')) : null,
    bilingual('p', { class: 'description' }, a.description, a.descriptionSv),
    hidden ? hiddenNotice(ctx, id) : null,
    h(
      'div',
      { class: 'segmented', role: 'group', 'aria-label': i18n.t('ego') },
      egoButton(0, i18n.t('egoAll')),
      egoButton(1, i18n.t('egoOne')),
      egoButton(2, i18n.t('egoTwo')),
    ),
    writable
      ? h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', id: 'edit-actor', on: { click: () => ctx.editActor(id) } }, i18n.t('panelEdit')),
          h('button', { type: 'button', id: 'add-tie', on: { click: () => ctx.editTie({ source: id }) } }, i18n.t('panelAddTie')),
          h(
            'button',
            { type: 'button', class: 'danger', id: 'delete-actor', on: { click: () => ctx.deleteActor(id) } },
            i18n.t('deleteActor'),
          ),
        )
      : null,
    centralities(ctx, id),
    h(
      'section',
      { class: 'ties' },
      h('h3', null, i18n.t('panelTies')),
      groups.length === 0
        ? h('p', { class: 'muted' }, i18n.t('panelNoTies'))
        : groups.map((g) =>
            h(
              'div',
              { class: 'tie-group' },
              h(
                'h4',
                null,
                h('span', { class: 'stroke line', style: { borderTopColor: TYPE_COLORS[g.type] }, 'aria-hidden': 'true' }),
                ` ${i18n.term(COLLABORATION_TYPES, g.type)}`,
              ),
              g.statuses.map((st) =>
                h(
                  'div',
                  null,
                  h('h5', null, i18n.term(STATUSES, st.status)),
                  h(
                    'ul',
                    null,
                    st.ties.map((t) =>
                      h(
                        'li',
                        null,
                        t.tie.directed ? (t.outgoing ? '→ ' : '← ') : '',
                        actorButton(ctx, t.other, t.otherName),
                        t.tie.forms.length > 0
                          ? h('span', { class: 'muted small' }, ` · ${t.tie.forms.map((f) => i18n.term(FORMS, f)).join(', ')}`)
                          : null,
                        bilingual('p', { class: 'muted small tie-description' }, t.tie.description, t.tie.descriptionSv),
                        writable
                          ? h(
                              'button',
                              {
                                type: 'button',
                                class: 'link small edit-tie',
                                'data-tie': t.id,
                                on: { click: () => ctx.editTie({ id: t.id }) },
                              },
                              ` ${i18n.t('panelEditTie')}`,
                            )
                          : null,
                        writable
                          ? h(
                              'button',
                              {
                                type: 'button',
                                class: 'link small danger delete-tie',
                                'data-delete-tie': t.id,
                                'aria-label': i18n.t('deleteTieWith', { name: t.otherName }),
                                on: { click: () => ctx.deleteTie(t.id) },
                              },
                              i18n.t('deleteTie'),
                            )
                          : null,
                        t.tie.evidence.length > 0
                          ? h(
                              'details',
                              null,
                              h('summary', null, `${i18n.t('panelEvidence')} (${t.tie.evidence.length})`),
                              evidenceList(ctx, t.tie.evidence),
                            )
                          : null,
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
    ),
    forums.length > 0
      ? h(
          'section',
          null,
          h('h3', null, i18n.t('panelForums')),
          h(
            'ul',
            null,
            forums.map((f) => h('li', null, f.name, h('span', { class: 'muted small' }, ` (${i18n.term(MEMBER_ROLES, f.role)})`))),
          ),
        )
      : null,
    h('section', { class: 'evidence-section' }, h('h3', null, i18n.t('panelEvidence')), evidenceList(ctx, a.evidence)),
    actorHistory(id, ctx.shownRound),
    h(
      'section',
      { class: 'gaps-section' },
      h('h3', null, i18n.t('panelGaps')),
      missing.length === 0
        ? h('p', { class: 'muted' }, i18n.t('panelTiedToAll'))
        : h(
            'p',
            null,
            `${i18n.t('panelNoTieTo')}: `,
            missing.map((s, i) => [
              i > 0 ? ', ' : '',
              h('span', { class: 'swatch dot', style: { background: SECTOR_COLORS[s] }, 'aria-hidden': 'true' }),
              ` ${i18n.term(SECTORS, s)}`,
            ]),
          ),
      predicted(ctx, id),
    ),
  );
}
