// "Places": a small named snapshot for the neighbourhood rules (ActorScope in
// server/analytics/actor-graph.ts, and the explorer's filter in client/src/graph/filter.ts),
// small enough to work every answer out by hand.
//
// Actors (sector; areas; located in):
//   polis    state          crime     Kronogården, Lextorp
//   skola    municipal      education Sylte
//   kommun   municipal      crime     —
//   forening civil_society  —         —
//   vakt     business       —         —
// Ties (status; areas; neighbourhoods named on the tie):
//   polis–forening  active  crime      Sylte        in Sylte only, although polis is located elsewhere
//   polis–kommun    active  crime      —            where polis is: Kronogården, Lextorp
//   kommun–vakt     active  crime      Kronogården  in Kronogården: vakt is "tied in" there
//   skola–forening  active  education  —            where skola is: Sylte
//   skola–kommun    desired education  —            where skola is: Sylte (not an existing tie)
//
// So, with the existing ties: Kronogården holds polis–kommun and kommun–vakt, and the actors
// polis, kommun and vakt; Sylte holds polis–forening and skola–forening, and polis, skola and
// forening. With sector=business, Kronogården still holds vakt (its tie decides where it is,
// before the sector filter), alone.
import type { Collaboration } from '../../server/domain/schemas.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';
import { actor, snapshot, tie, type TieSpec } from './gaps/fixtures.ts';

const placed = (source: string, target: string, neighbourhoods: string[], spec: TieSpec = {}): Omit<Collaboration, 'type'> => ({
  ...tie(source, target, spec),
  neighbourhoods,
});

export const places: GraphSnapshot = snapshot(
  [
    actor('polis', 'state', ['crime'], { neighbourhoods: ['Kronogården', 'Lextorp'] }),
    actor('skola', 'municipal', ['education'], { neighbourhoods: ['Sylte'] }),
    actor('kommun', 'municipal', ['crime']),
    actor('forening', 'civil_society'),
    actor('vakt', 'business'),
  ],
  [
    placed('polis', 'forening', ['Sylte'], { areas: ['crime'] }),
    placed('polis', 'kommun', [], { areas: ['crime'] }),
    placed('kommun', 'vakt', ['Kronogården'], { areas: ['crime'] }),
    placed('skola', 'forening', [], { areas: ['education'] }),
    placed('skola', 'kommun', [], { status: 'desired', areas: ['education'] }),
  ],
);
