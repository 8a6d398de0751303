// The report's claims, tested against the data (docs/domain.md, "Missing-link gaps": the data is
// never adjusted to make a finding come out one way). Each finding states a claim the source report makes in prose, computes the figures
// that would carry it, and says `true`, `'partly'` or `false` with a plain explanation — also
// when the data cannot tell. Thresholds are part of the explanation, never hidden:
// - "mostly" means more than half; "partly" means at least a third, or true in one variant.
// - "weakly tied in" means the ties touching a sector are less dense than the graph's ties
//   overall (relative density below 1).
// Every claim and explanation is written in English and Swedish side by side (claimSv,
// explanationSv), as the data's own texts are, so a Swedish report says the same thing.
import { collaborationType } from '../../domain/collaboration-type.ts';
import { COLLABORATION_TYPES } from '../../domain/vocabulary.ts';
import type { Area, CollaborationType, Sector, Status } from '../../domain/schemas.ts';
import type { ActorGraph } from '../actor-graph.ts';
import { ratio } from './common.ts';
import type { Finding, SectorMixingResult } from './schemas.ts';

export interface TypedTie {
  type: CollaborationType;
  status: Status;
  forms: readonly string[];
}

export interface FindingContext {
  area: Area | null;
  /** Collaborations in the scope's areas and neighbourhoods (every sector), any status, type derived from current sectors. */
  ties: readonly TypedTie[];
  mixing: SectorMixingResult;
  graph: ActorGraph;
  graphWithForums: ActorGraph;
}

const many = (count: number, one: string, other = `${one}s`) => `${count} ${count === 1 ? one : other}`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);
const pctSv = (x: number | null) => (x === null ? 'okänd' : `${Math.round(x * 100)} %`);
/** A relative density as Swedish writes decimals. */
const timesSv = (x: number) => `${x.toFixed(2).replace('.', ',')}×`;
const round = (x: number | null, digits = 4) => (x === null ? null : Number(x.toFixed(digits)));
const LABEL: Record<string, string> = { civil_society: 'civil society', business: 'business', state: 'state' };
const LABEL_SV: Record<string, string> = { civil_society: 'civilsamhället', business: 'näringslivet', state: 'staten' };
const typeSv = (type: CollaborationType | null) => COLLABORATION_TYPES.find((t) => t.id === type)?.sv.toLowerCase() ?? String(type);

/** Civil society and business are only weakly tied in. */
export function weaklyTiedIn(ctx: FindingContext): Finding {
  const { mixing } = ctx;
  const n = mixing.actors;
  const figures: Finding['figures'] = { graphDensity: round(mixing.density) };
  const verdicts: string[] = [];
  const verdictsSv: string[] = [];
  let weak = 0;
  let assessed = 0;
  for (const sector of ['civil_society', 'business'] as Sector[]) {
    const row = mixing.sectors.find((r) => r.sector === sector)!;
    const ties = row.internalTies + row.externalTies;
    const possible = row.actors * (n - row.actors) + (row.actors * (row.actors - 1)) / 2;
    const relative = mixing.density ? (ratio(ties, possible) ?? 0) / mixing.density : null;
    let untied = 0;
    ctx.graph.forEachNode((id, attrs) => {
      if (attrs.sector === sector && ctx.graph.degree(id) === 0) untied++;
    });
    figures[`${sector}Actors`] = row.actors;
    figures[`${sector}Ties`] = ties;
    figures[`${sector}RelativeDensity`] = round(relative);
    figures[`${sector}ActorsWithoutTies`] = untied;
    if (row.actors === 0 || relative === null) {
      verdicts.push(`there are no ${LABEL[sector]} actors${row.actors ? ' tied' : ''} to assess`);
      verdictsSv.push(`det finns inga aktörer${row.actors ? ' med band' : ''} inom ${LABEL_SV[sector]} att bedöma`);
      continue;
    }
    assessed++;
    const isWeak = relative < 1;
    if (isWeak) weak++;
    verdicts.push(
      `${LABEL[sector]}: ${many(row.actors, 'actor')} with ${many(ties, 'existing tie')}, ${relative.toFixed(2)}× the graph's density ` +
        `(${isWeak ? 'weaker' : 'not weaker'} than average), ${untied} of them with no tie at all`,
    );
    verdictsSv.push(
      `${LABEL_SV[sector]}: ${many(row.actors, 'aktör', 'aktörer')} med ${many(ties, 'befintligt band', 'befintliga band')}, ` +
        `${timesSv(relative)} grafens täthet (${isWeak ? 'svagare' : 'inte svagare'} än genomsnittet), ${untied} av dem helt utan band`,
    );
  }
  // Seen from the municipality: its cells with the two sectors, reported beside the verdict.
  const municipal: string[] = [];
  const municipalSv: string[] = [];
  for (const [key, other] of [
    ['municipalCivilSociety', 'civil_society'],
    ['municipalBusiness', 'business'],
  ] as const) {
    const cell = mixing.cells.find((c) => c.a === 'municipal' && c.b === other)!;
    figures[`${key}Ties`] = cell.ties;
    figures[`${key}RelativeDensity`] = round(cell.relativeDensity);
    if (cell.relativeDensity !== null) {
      municipal.push(`${LABEL[other]} ${cell.relativeDensity.toFixed(2)}×`);
      municipalSv.push(`${LABEL_SV[other]} ${timesSv(cell.relativeDensity)}`);
    }
  }
  const supported = weak === 2 ? true : weak === 1 ? 'partly' : false;
  return {
    id: 'civil_society_business_weakly_tied',
    claim: 'Civil society and business are only weakly tied into the collaboration network.',
    claimSv: 'Civilsamhället och näringslivet är bara svagt inbundna i samverkansnätverket.',
    supported,
    figures,
    explanation:
      `${capitalise(verdicts.join('; '))}. A sector counts as weakly tied in when the ties touching it are less dense than ` +
      `the graph's ties overall.${assessed < 2 ? ' The data does not let both sectors be assessed.' : ''}` +
      (municipal.length ? ` Between the municipality and each sector the density is ${municipal.join(', ')} the graph's.` : ''),
    explanationSv:
      `${capitalise(verdictsSv.join('; '))}. En sektor räknas som svagt inbunden när banden som berör den är glesare än ` +
      `grafens band totalt.${assessed < 2 ? ' Data räcker inte för att bedöma båda sektorerna.' : ''}` +
      (municipalSv.length ? ` Mellan kommunen och varje sektor är tätheten ${municipalSv.join(', ')} grafens.` : ''),
  };
}

/** Ties to `sector` are mostly lacking (need development) or only wished for. */
export function lackingOrWished(ctx: FindingContext, sector: 'business' | 'civil_society'): Finding {
  const ties = ctx.ties.filter((t) => t.type === sector && t.status !== 'ended');
  const active = ties.filter((t) => t.status === 'active').length;
  const needs = ties.filter((t) => t.status === 'needs_development').length;
  const desired = ties.filter((t) => t.status === 'desired').length;
  const share = ratio(needs + desired, ties.length);
  const figures = { ties: ties.length, active, needsDevelopment: needs, desired, shareNotActive: round(share) };
  const base = {
    id: `${sector}_ties_lacking_or_wished`,
    claim: `Ties to ${LABEL[sector]} are mostly lacking or only wished for.`,
    claimSv: `Banden till ${LABEL_SV[sector]} saknas mestadels eller är bara önskade.`,
    figures,
  };
  if (share === null) {
    return {
      ...base,
      supported: 'partly',
      explanation: `No ${LABEL[sector]} ties are recorded at all (ended ones aside): that fits "lacking", but the data cannot show whether any are wished for.`,
      explanationSv: `Inga band till ${LABEL_SV[sector]} finns registrerade alls (avslutade undantagna): det stämmer med "saknas", men data kan inte visa om några är önskade.`,
    };
  }
  return {
    ...base,
    supported: share > 0.5 ? true : share >= 1 / 3 ? 'partly' : false,
    explanation:
      `Of ${many(ties.length, `${LABEL[sector]} tie`)} recorded (ended ones aside), ${active} ${active === 1 ? 'works' : 'work'} ` +
      `today, ${needs} ${needs === 1 ? 'needs' : 'need'} development and ${desired} ${desired === 1 ? 'is' : 'are'} only ` +
      `wished for: ${pct(share)} not active (more than half counts as "mostly", at least a third as "partly").`,
    explanationSv:
      `Av ${many(ties.length, `registrerat band till ${LABEL_SV[sector]}`, `registrerade band till ${LABEL_SV[sector]}`)} ` +
      `(avslutade undantagna) fungerar ${active} i dag, ${needs} behöver utvecklas och ${desired} är bara önskade: ` +
      `${pctSv(share)} är inte aktiva (mer än hälften räknas som "mestadels", minst en tredjedel som "delvis").`,
  };
}

/** State ties are mostly funding and projects. */
export function stateFundingProjects(ctx: FindingContext): Finding {
  const ties = ctx.ties.filter((t) => t.type === 'state' && (t.status === 'active' || t.status === 'needs_development'));
  const fundingOrProject = ties.filter((t) => t.forms.includes('funding') || t.forms.includes('project')).length;
  const withForms = ties.filter((t) => t.forms.length > 0).length;
  const share = ratio(fundingOrProject, ties.length);
  const shareKnown = ratio(fundingOrProject, withForms);
  const figures = {
    stateTies: ties.length,
    fundingOrProject,
    withoutForms: ties.length - withForms,
    share: round(share),
    shareOfTiesWithForms: round(shareKnown),
  };
  const base = {
    id: 'state_ties_funding_projects',
    claim: 'Ties to the state are mostly about funding and projects.',
    claimSv: 'Banden till staten handlar mestadels om finansiering och projekt.',
    figures,
  };
  if (share === null || shareKnown === null) {
    return {
      ...base,
      supported: false,
      explanation:
        ties.length === 0
          ? 'No existing state ties are recorded to test the claim on.'
          : 'No state tie records how it works (its forms), so the data cannot carry the claim.',
      explanationSv:
        ties.length === 0
          ? 'Inga befintliga band till staten finns registrerade att pröva påståendet mot.'
          : 'Inget band till staten anger hur det fungerar (dess former), så data kan inte bära påståendet.',
    };
  }
  const supported = share > 0.5 ? true : shareKnown > 0.5 ? 'partly' : false;
  return {
    ...base,
    supported,
    explanation:
      `${fundingOrProject} of ${ties.length} existing state ties (${pct(share)}) take the form of funding or a project` +
      (withForms < ties.length
        ? `; ${ties.length - withForms} record no form, and among those that do the share is ${pct(shareKnown)}`
        : '') +
      (supported === 'partly' ? ', so the claim holds only where forms are recorded.' : '.'),
    explanationSv:
      `${fundingOrProject} av ${ties.length} befintliga band till staten (${pctSv(share)}) har formen finansiering eller projekt` +
      (withForms < ties.length
        ? `; ${ties.length - withForms} anger ingen form, och bland dem som gör det är andelen ${pctSv(shareKnown)}`
        : '') +
      (supported === 'partly' ? ', så påståendet håller bara där formerna är registrerade.' : '.'),
  };
}

function internalShare(graph: ActorGraph): { share: number | null; largest: CollaborationType | null; ties: number } {
  const counts: Record<CollaborationType, number> = { internal: 0, state: 0, civil_society: 0, business: 0 };
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    counts[collaborationType(sa.sector, ta.sector)]++;
  });
  const largest = (Object.entries(counts) as [CollaborationType, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return { share: ratio(counts.internal, graph.size), largest: graph.size ? largest[0] : null, ties: graph.size };
}

/** Collaboration is mainly internal (within the municipality) — with and without forums. */
export function mostlyInternal(ctx: FindingContext): Finding {
  const named = internalShare(ctx.graph);
  const forums = internalShare(ctx.graphWithForums);
  const collaborations = ctx.ties.filter((t) => t.status === 'active' || t.status === 'needs_development');
  const namedCollabShare = ratio(collaborations.filter((t) => t.type === 'internal').length, collaborations.length);
  const verdict = (v: typeof named) =>
    v.share === null ? 'none' : v.share > 0.5 ? 'majority' : v.largest === 'internal' ? 'plurality' : 'minority';
  const a = verdict(named);
  const b = verdict(forums);
  const supported =
    a === 'majority' && b === 'majority' ? true : [a, b].some((v) => v === 'majority' || v === 'plurality') ? 'partly' : false;
  const says = (label: string, v: typeof named, k: string) =>
    v.share === null
      ? `${label}: no ties`
      : `${label}: ${pct(v.share)} of ${v.ties} tied pairs are internal (${k === 'majority' ? 'a majority' : k === 'plurality' ? 'the largest type, but not a majority' : `the largest type is ${v.largest}`})`;
  const saysSv = (label: string, v: typeof named, k: string) =>
    v.share === null
      ? `${label}: inga band`
      : `${label}: ${pctSv(v.share)} av ${v.ties} par med band är interna (${k === 'majority' ? 'en majoritet' : k === 'plurality' ? 'den största typen, men inte en majoritet' : `den största typen är ${typeSv(v.largest)}`})`;
  return {
    id: 'mostly_internal',
    claim: 'Collaboration is mainly internal, within the municipal organisation.',
    claimSv: 'Samverkan sker främst internt, inom den kommunala organisationen.',
    supported,
    figures: {
      pairsNamed: named.ties,
      internalShareNamed: round(named.share),
      largestTypeNamed: named.largest,
      pairsWithForums: forums.ties,
      internalShareWithForums: round(forums.share),
      largestTypeWithForums: forums.largest,
      internalShareOfCollaborations: round(namedCollabShare),
    },
    explanation:
      `${says('Named ties only', named, a)}; ${says('with forum co-membership', forums, b)}.` +
      (supported === true
        ? ' The named data carries the claim.'
        : supported === 'partly'
          ? ' The data carries the claim only in part.'
          : ' The named data does not carry the claim: it rests on general statements in the report rather than on named pairs.'),
    explanationSv:
      `${saysSv('Bara namngivna band', named, a)}; ${saysSv('med gemensamma forum', forums, b)}.` +
      (supported === true
        ? ' Namngivna data bär påståendet.'
        : supported === 'partly'
          ? ' Data bär påståendet bara delvis.'
          : ' Namngivna data bär inte påståendet: det vilar på allmänna uttalanden i rapporten snarare än på namngivna par.'),
  };
}
