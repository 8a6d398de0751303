// The words of the comparison's Markdown in English and Swedish, one entry per phrase, so the two
// languages always say the same thing. Vocabulary labels (sectors, statuses) come from
// domain/vocabulary.ts; numbers are formatted by the renderer.
import type { PredictionOutcome, StatusChangeKind, WishOutcome } from '../domain/compare-responses.ts';

export type Lang = 'en' | 'sv';

export interface Texts {
  title: (from: string, to: string) => string;
  scenario: (which: string) => string;
  observed: string;
  scenarioKind: string;
  summary: string;
  ties: (added: number, ended: number, reRecorded: number) => string;
  statuses: (closed: number, strengthened: number, weakened: number, other: number) => string;
  attributes: (n: number) => string;
  roster: (r: {
    joined: number;
    left: number;
    forumsJoined: number;
    forumsLeft: number;
    membersJoined: number;
    membersLeft: number;
  }) => string;
  wishes: (realised: number, total: number) => string;
  predicted: (realised: number, total: number) => string;
  noWishes: string;
  noneWith: (sector: string) => string;
  of: (realised: number, total: number) => string;
  sections: Record<'ties' | 'sectors' | 'mixing' | 'movers' | 'brokers' | 'wishes' | 'predicted', string>;
  headers: Record<
    | 'tie'
    | 'change'
    | 'sector'
    | 'actors'
    | 'meanDegree'
    | 'tieShare'
    | 'ei'
    | 'reachGap'
    | 'pair'
    | 'ties'
    | 'density'
    | 'actor'
    | 'rank'
    | 'gained'
    | 'lost'
    | 'wish'
    | 'outcome'
    | 'now'
    | 'realised',
    string
  >;
  added: string;
  ended: Record<'removed' | 'status_ended', string>;
  kinds: Record<StatusChangeKind, string>;
  outcomes: Record<WishOutcome, string>;
  predictionOutcomes: Record<PredictionOutcome, string>;
  metrics: Record<'betweenness' | 'degree', string>;
  sampled: (k: number) => string;
  risers: string;
  fallers: string;
  entered: string;
  exited: string;
  brokersSkipped: string;
  more: (n: number) => string;
  nothing: string;
  /** The unit of a change in a share. */
  points: string;
}

const en: Texts = {
  title: (from, to) => `Comparison: ${from} → ${to}`,
  scenario: (which) => `**Scenario:** ${which} is a what-if, not observed data.`,
  observed: 'observed',
  scenarioKind: 'scenario',
  summary: 'Summary',
  ties: (a, e, r) => `${a} new ${a === 1 ? 'tie' : 'ties'}, ${e} ended, ${r} re-recorded under a new id.`,
  statuses: (c, s, w, o) =>
    `${c} ${c === 1 ? 'gap' : 'gaps'} closed, ${s} strengthened, ${w} weakened, ${o} other status ${o === 1 ? 'change' : 'changes'}.`,
  attributes: (n) => `${n} ${n === 1 ? 'tie' : 'ties'} changed area, form or strength.`,
  roster: (r) =>
    `Actors: ${r.joined} joined, ${r.left} left. Forums: ${r.forumsJoined} joined, ${r.forumsLeft} left. ` +
    `Memberships: ${r.membersJoined} joined, ${r.membersLeft} left.`,
  wishes: (r, t) => `**${r} of ${t} wished-for ties ${r === 1 ? 'is' : 'are'} active now**`,
  predicted: (r, t) => `${r} of ${t} suggested links ${r === 1 ? 'exists' : 'exist'} now.`,
  noWishes: 'The earlier round declared no wished-for ties.',
  noneWith: (s) => `none with ${s.toLowerCase()}`,
  of: (r, t) => `${r} of ${t}`,
  sections: {
    ties: 'Ties',
    sectors: 'Per sector',
    mixing: 'Sector mixing (existing ties)',
    movers: 'Centrality movers',
    brokers: 'Brokers',
    wishes: "Follow-up of the earlier round's wishes",
    predicted: "Follow-up of the earlier round's suggested links",
  },
  headers: {
    tie: 'Tie',
    change: 'Change',
    sector: 'Sector',
    actors: 'Actors',
    meanDegree: 'Mean degree',
    tieShare: 'Share of ties',
    ei: 'E-I index',
    reachGap: 'Without active tie to it',
    pair: 'Sectors',
    ties: 'Ties',
    density: 'Relative density',
    actor: 'Actor',
    rank: 'Rank',
    gained: 'Gained',
    lost: 'Lost',
    wish: 'Wished',
    outcome: 'Outcome',
    now: 'Now',
    realised: 'Realised',
  },
  added: 'new',
  ended: { removed: 'ended (removed)', status_ended: 'ended' },
  kinds: { gap_closed: 'gap closed', strengthened: 'strengthened', weakened: 'weakened', lapsed: 'back to a wish', revived: 'revived' },
  outcomes: {
    realised: 'realised',
    improved: 'improved',
    unchanged: 'unchanged',
    worsened: 'worsened',
    dropped: 'dropped',
    actor_left: 'an actor left',
  },
  predictionOutcomes: { realised: 'exists now', declared: 'wished for now', not_realised: 'not realised', actor_left: 'an actor left' },
  metrics: { betweenness: 'Betweenness', degree: 'Degree' },
  sampled: (k) => ` (estimated from ${k} sampled actors)`,
  risers: 'rose',
  fallers: 'fell',
  entered: 'joined among the top',
  exited: 'left from the top',
  brokersSkipped: 'Not compared: the rounds are too large to compare every sector pair by default.',
  more: (n) => `… and ${n} more.`,
  nothing: 'None.',
  points: 'pp',
};

const sv: Texts = {
  title: (from, to) => `Jämförelse: ${from} → ${to}`,
  scenario: (which) => `**Scenario:** ${which} är ett tänkt läge (vad händer om?), inte observerade data.`,
  observed: 'observerad',
  scenarioKind: 'scenario',
  summary: 'Sammanfattning',
  // Samarbete is neuter: 1 nytt samarbete, 1 avslutat; 2 nya samarbeten, 2 avslutade.
  ties: (a, e, r) =>
    `${a} ${a === 1 ? 'nytt samarbete' : 'nya samarbeten'}, ${e} ${e === 1 ? 'avslutat' : 'avslutade'}, ` +
    `${r} ${r === 1 ? 'registrerat' : 'registrerade'} på nytt under ett nytt id.`,
  statuses: (c, s, w, o) =>
    `${c} ${c === 1 ? 'lucka stängd' : 'luckor stängda'}, ${s} ${s === 1 ? 'förstärkt' : 'förstärkta'}, ` +
    `${w} ${w === 1 ? 'försvagat' : 'försvagade'}, ${o} ${o === 1 ? 'annan statusändring' : 'andra statusändringar'}.`,
  attributes: (n) => `${n} ${n === 1 ? 'samarbete' : 'samarbeten'} bytte område, form eller styrka.`,
  roster: (r) =>
    `Aktörer: ${r.joined} tillkom, ${r.left} lämnade. Forum: ${r.forumsJoined} tillkom, ${r.forumsLeft} lämnade. ` +
    `Medlemskap: ${r.membersJoined} tillkom, ${r.membersLeft} lämnade.`,
  wishes: (r, t) => `**${r} av ${t} önskade samarbeten fungerar nu**`,
  predicted: (r, t) => `${r} av ${t} föreslagna samarbeten finns nu.`,
  noWishes: 'Den tidigare omgången angav inga önskade samarbeten.',
  noneWith: (s) => `inga med ${s.toLowerCase()}`,
  of: (r, t) => `${r} av ${t}`,
  sections: {
    ties: 'Samarbeten',
    sectors: 'Per sektor',
    mixing: 'Samarbete mellan sektorer (befintliga samarbeten)',
    movers: 'Förändrad centralitet',
    brokers: 'Brobyggare',
    wishes: 'Uppföljning av den tidigare omgångens önskemål',
    predicted: 'Uppföljning av den tidigare omgångens föreslagna samarbeten',
  },
  headers: {
    tie: 'Samarbete',
    change: 'Förändring',
    sector: 'Sektor',
    actors: 'Aktörer',
    meanDegree: 'Medelgrad',
    tieShare: 'Andel av samarbetena',
    ei: 'E-I-index',
    reachGap: 'Utan fungerande samarbete dit',
    pair: 'Sektorer',
    ties: 'Samarbeten',
    density: 'Relativ täthet',
    actor: 'Aktör',
    rank: 'Placering',
    gained: 'Tillkom',
    lost: 'Föll bort',
    wish: 'Önskat',
    outcome: 'Utfall',
    now: 'Nu',
    realised: 'Förverkligade',
  },
  added: 'nytt',
  ended: { removed: 'avslutat (borttaget)', status_ended: 'avslutat' },
  kinds: {
    gap_closed: 'lucka stängd',
    strengthened: 'förstärkt',
    weakened: 'försvagat',
    lapsed: 'tillbaka till önskemål',
    revived: 'återupptaget',
  },
  outcomes: {
    realised: 'förverkligat',
    improved: 'förbättrat',
    unchanged: 'oförändrat',
    worsened: 'försämrat',
    dropped: 'struket',
    actor_left: 'en aktör har lämnat',
  },
  predictionOutcomes: { realised: 'finns nu', declared: 'önskas nu', not_realised: 'inte förverkligat', actor_left: 'en aktör har lämnat' },
  metrics: { betweenness: 'Mellanliggande centralitet', degree: 'Grad' },
  sampled: (k) => ` (uppskattad från ${k} slumpvis valda aktörer)`,
  risers: 'steg',
  fallers: 'föll',
  entered: 'tillkom bland de främsta',
  exited: 'lämnade från de främsta',
  brokersSkipped: 'Inte jämförda: omgångarna är för stora för att jämföra alla sektorpar som standard.',
  more: (n) => `… och ${n} till.`,
  nothing: 'Inga.',
  points: 'p.e.',
};

export const TEXTS: Record<Lang, Texts> = { en, sv };
