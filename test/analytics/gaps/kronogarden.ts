// "Kronogården": a small named snapshot shared by the reach, mixing, declared and report tests,
// small enough that every answer can be worked out by hand.
//
// Actors (sector; areas):
//   ks        municipal      labour_market, crime   (Kommunstyrelsens förvaltning)
//   naring    municipal      labour_market          (Näringslivsenheten, a unit of ks)
//   skola     municipal      education
//   af        state          labour_market          (Arbetsförmedlingen)
//   polis     state          crime
//   forening  civil_society  democracy_civil_society, labour_market
//   bostad    business       housing
//   region    regional       labour_market
// Ties (status, type, areas, forms):
//   ks–naring         active             internal       labour_market  meeting_group
//   naring–af         active             state          labour_market  project
//   af–forening       active             civil_society  labour_market  funding
//   ks–polis          active             state          crime          meeting_group
//   skola–forening    needs_development  civil_society  education      —
//   naring–bostad     desired            business       labour_market  —
//   ks–forening       desired            civil_society  democracy_civil_society
//   region–af         active             state          labour_market  funding
//   polis–forening    ended              civil_society  crime
// Forum: kronogardsgruppen (democracy_civil_society) with ks and forening.
//
// Existing ties (active + needs_development) are six; the only active civil-society tie is
// af–forening; no business tie exists, one is wished for.
import { actor, forum, snapshot, tie } from './fixtures.ts';

export const kronogarden = snapshot(
  [
    actor('ks', 'municipal', ['labour_market', 'crime'], { name: 'Kommunstyrelsens förvaltning' }),
    actor('naring', 'municipal', ['labour_market'], { name: 'Näringslivsenheten', parentId: 'ks' }),
    actor('skola', 'municipal', ['education']),
    actor('af', 'state', ['labour_market'], { name: 'Arbetsförmedlingen' }),
    actor('polis', 'state', ['crime']),
    actor('forening', 'civil_society', ['democracy_civil_society', 'labour_market']),
    actor('bostad', 'business', ['housing']),
    actor('region', 'regional', ['labour_market']),
  ],
  [
    tie('ks', 'naring', { areas: ['labour_market'], forms: ['meeting_group'] }),
    tie('naring', 'af', { areas: ['labour_market'], forms: ['project'] }),
    tie('af', 'forening', { areas: ['labour_market'], forms: ['funding'] }),
    tie('ks', 'polis', { areas: ['crime'], forms: ['meeting_group'] }),
    tie('skola', 'forening', { status: 'needs_development', areas: ['education'] }),
    tie('naring', 'bostad', { status: 'desired', areas: ['labour_market'], note: 'wants local employers in' }),
    tie('ks', 'forening', { status: 'desired', areas: ['democracy_civil_society'] }),
    tie('region', 'af', { areas: ['labour_market'], forms: ['funding'] }),
    tie('polis', 'forening', { status: 'ended', areas: ['crime'] }),
  ],
  [forum('kronogardsgruppen', ['ks', 'forening'], ['democracy_civil_society'])],
);
