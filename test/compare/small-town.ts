// A small town mapped twice, 2019 and 2024, small enough to know every answer by hand. Changes
// from 2019 to 2024 (the tests below assert exactly these):
// - Kyrkan (civil society) left; Stadsmissionen (civil society) joined, with one new tie (t12).
// - t3 kommun-a–forening desired → active (gap closed; the wish realised);
//   t13 region–forening desired → needs development (gap closed; the wish improved);
//   t10 polisen–forening needs development → active (strengthened; the wish realised);
//   t4 region–foretag active → needs development (weakened).
// - t7 kommun-b–region (housing) removed and re-recorded as t7b (housing, education);
//   t8 region–polisen changed area (crime → crime, housing).
// - Ended: t6 (polisen–kyrkan, desired; Kyrkan left), t9 and t14 removed, t11 given status ended.
// - Unchanged: t1, t2 (still needs development), t5 (still desired).
// - The forum Jobb joined (region, foretag); Stadsmissionen joined and Kyrkan left Trygghet.
import type { Area, Status } from '../../server/domain/schemas.ts';
import { actor, forum, snapshot, tie } from '../analytics/gaps/fixtures.ts';

const people = {
  kommunA: actor('kommun-a', 'municipal', ['education'], { name: 'Kommun A' }),
  kommunB: actor('kommun-b', 'municipal', ['housing'], { name: 'Kommun B' }),
  region: actor('region', 'regional', [], { name: 'Regionen' }),
  polisen: actor('polisen', 'state', ['crime'], { name: 'Polisen' }),
  forening: actor('forening', 'civil_society', [], { name: 'Föreningen' }),
  foretag: actor('foretag', 'business', [], { name: 'Företaget' }),
  kyrkan: actor('kyrkan', 'civil_society', [], { name: 'Kyrkan' }),
  stadsmission: actor('stadsmission', 'civil_society', ['housing'], { name: 'Stadsmissionen' }),
};

const t = (id: string, source: string, target: string, status: Status, areas: Area[] = []) => tie(source, target, { id, status, areas });

export const round2019 = snapshot(
  [people.kommunA, people.kommunB, people.region, people.polisen, people.forening, people.foretag, people.kyrkan],
  [
    t('t1', 'kommun-a', 'kommun-b', 'active', ['education']),
    t('t2', 'kommun-a', 'polisen', 'needs_development', ['crime']),
    t('t3', 'kommun-a', 'forening', 'desired', ['democracy_civil_society']),
    t('t4', 'region', 'foretag', 'active', ['labour_market']),
    t('t5', 'kommun-b', 'forening', 'desired', ['education']),
    t('t6', 'polisen', 'kyrkan', 'desired', ['crime']),
    t('t7', 'kommun-b', 'region', 'active', ['housing']),
    t('t8', 'region', 'polisen', 'active', ['crime']),
    t('t9', 'kommun-a', 'foretag', 'active'),
    t('t10', 'polisen', 'forening', 'needs_development', ['crime']),
    t('t11', 'kommun-b', 'foretag', 'active'),
    t('t13', 'region', 'forening', 'desired'),
    t('t14', 'foretag', 'forening', 'desired', ['labour_market']),
  ],
  [forum('trygghet', ['kommun-a', 'polisen', 'kyrkan'])],
);

export const round2024 = snapshot(
  [people.kommunA, people.kommunB, people.region, people.polisen, people.forening, people.foretag, people.stadsmission],
  [
    t('t1', 'kommun-a', 'kommun-b', 'active', ['education']),
    t('t2', 'kommun-a', 'polisen', 'needs_development', ['crime']),
    t('t3', 'kommun-a', 'forening', 'active', ['democracy_civil_society']),
    t('t4', 'region', 'foretag', 'needs_development', ['labour_market']),
    t('t5', 'kommun-b', 'forening', 'desired', ['education']),
    t('t7b', 'region', 'kommun-b', 'active', ['housing', 'education']),
    t('t8', 'region', 'polisen', 'active', ['crime', 'housing']),
    t('t10', 'polisen', 'forening', 'active', ['crime']),
    t('t11', 'kommun-b', 'foretag', 'ended'),
    t('t12', 'stadsmission', 'kommun-a', 'active', ['housing']),
    t('t13', 'region', 'forening', 'needs_development'),
  ],
  [forum('trygghet', ['kommun-a', 'polisen', 'stadsmission']), forum('jobb', ['region', 'foretag'])],
);
