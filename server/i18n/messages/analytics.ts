// Messages of the analytics, the gap analyses and the comparison of rounds.
import type { Template } from '../catalogue.ts';

export const ANALYTICS_MESSAGES: readonly Template[] = [
  ['invalid metrics query: {details}', 'ogiltig fråga om mått: {details}'],
  ['must not list a metric twice', 'får inte ange samma mått två gånger'],
  ['must be one of the requested metrics', 'måste vara ett av de efterfrågade måtten'],
  ['must be one of the metrics asked for', 'måste vara ett av de efterfrågade måtten'],
  ['options must be an object', 'alternativen måste vara ett objekt'],
  ["unknown option '{name}' (known: {known})", "okänt alternativ '{name}' (kända: {known})"],
  ["option '{name}' must be true or false", "alternativet '{name}' måste vara true eller false"],
  ["option '{name}' must be {what}, got {value}", "alternativet '{name}' måste vara {what}, fick {value}"],
  ['a finite number', 'ett ändligt tal'],
  ['an integer', 'ett heltal'],
  ['at least {min}', 'minst {min}'],
  ['at most {max}', 'högst {max}'],
  ['greater than {min}', 'större än {min}'],
  ['less than {max}', 'mindre än {max}'],
  [
    'power iteration did not converge in {iterations} iterations (tolerance {tolerance})',
    'potensmetoden konvergerade inte på {iterations} iterationer (tolerans {tolerance})',
  ],
  // An analytics error's answer adds its hint (plugins/errors.ts).
  ['{reason}; try other filters, or weighted=false', '{reason}; pröva andra filter, eller weighted=false'],
  ['try other filters, or weighted=false', 'pröva andra filter, eller weighted=false'],
  [
    'the analysis needs more than its time budget of {ms} ms; narrow the filters (area, type, status) or estimate betweenness from a sample of sources (samples=k)',
    'analysen behöver mer än sin tidsbudget på {ms} ms; begränsa filtren (area, type, status) eller uppskatta mellanliggande centralitet från ett stickprov av startaktörer (samples=k)',
  ],
  [
    'the analytics are busy with other requests; try again in {seconds} s',
    'analyserna är upptagna med andra anrop; försök igen om {seconds} s',
  ],
  [
    'the analytics were stopped: the server is shutting down; try again shortly',
    'analyserna avbröts: servern stängs av; försök igen om en stund',
  ],
  // Gaps.
  ['from and to must differ', 'from och to måste vara olika'],
  ["{option}: actor '{id}' does not exist", "{option}: aktören '{id}' finns inte"],
  ['expects a graph snapshot', 'kräver en ögonblicksbild av grafen'],
  ['expects a graph snapshot with a {key} array', 'kräver en ögonblicksbild av grafen med listan {key}'],
  [
    'query.neighbourhood: unknown neighbourhood {names} (no actor is located there and no tie or forum names it)',
    'query.neighbourhood: okänd stadsdel {names} (ingen aktör finns där och ingen samverkan eller inget forum nämner den)',
  ],
  [
    'query.neighbourhood: unknown neighbourhoods {names} (no actor is located there and no tie or forum names it)',
    'query.neighbourhood: okända stadsdelar {names} (ingen aktör finns där och ingen samverkan eller inget forum nämner dem)',
  ],
  ["unknown neighbourhood '{name}'", "okänd stadsdel '{name}'"],
  // Comparing rounds.
  ['{where}: options must be an object', '{where}: alternativen måste vara ett objekt'],
  ['{side} must be a round ({id, kind, snapshot})', '{side} måste vara en omgång ({id, kind, snapshot})'],
  ['{side}.id must be a non-empty string', '{side}.id måste vara en icke-tom sträng'],
  ["{side}.kind must be 'observed' or 'scenario'", "{side}.kind måste vara 'observed' eller 'scenario'"],
  ['{side}.snapshot must be a graph snapshot', '{side}.snapshot måste vara en ögonblicksbild av grafen'],
  ['{side}.snapshot.{key} must be a list', '{side}.snapshot.{key} måste vara en lista'],
  ['must name two different sectors', 'måste ange två olika sektorer'],
  ['expects a list of rounds', 'kräver en lista av omgångar'],
  ["round '{id}' is listed twice", "omgången '{id}' anges två gånger"],
];
