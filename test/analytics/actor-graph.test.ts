// The scope rules of the actor graph (ActorScope in server/analytics/actor-graph.ts) on the
// "places" fixture, whose answers are worked out by hand in test/analytics/places.ts.
import { describe, expect, it } from 'vitest';
import { buildActorGraph, placeKey, unknownNeighbourhoods, type ActorGraphOptions } from '../../server/analytics/actor-graph.ts';
import { forum } from './gaps/fixtures.ts';
import { places } from './places.ts';

const drawn = (options: ActorGraphOptions) => {
  const graph = buildActorGraph(places, options);
  return {
    actors: graph.nodes().sort(),
    ties: graph.mapEdges((_e, _a, s, t) => [s, t].sort().join('–')).sort(),
  };
};

describe('the neighbourhood rule', () => {
  it('puts a tie where it says it is, and a tie that names no neighbourhood where its actors are located', () => {
    // polis is located in Kronogården, but its tie to forening names Sylte only.
    expect(drawn({ neighbourhoods: ['Kronogården'] })).toEqual({
      actors: ['kommun', 'polis', 'vakt'],
      ties: ['kommun–polis', 'kommun–vakt'],
    });
    expect(drawn({ neighbourhoods: ['Sylte'] })).toEqual({
      actors: ['forening', 'polis', 'skola'],
      ties: ['forening–polis', 'forening–skola'],
    });
    // Lextorp: polis is located there, and its tie naming none follows it.
    expect(drawn({ neighbourhoods: ['Lextorp'] })).toEqual({ actors: ['kommun', 'polis'], ties: ['kommun–polis'] });
  });

  it('decides who is in a neighbourhood before the sector filter', () => {
    // vakt's only tie runs to the municipality and names Kronogården: vakt is in Kronogården.
    expect(drawn({ neighbourhoods: ['Kronogården'], sectors: ['business'] })).toEqual({ actors: ['vakt'], ties: [] });
    expect(drawn({ neighbourhoods: ['Kronogården'], sectors: ['municipal', 'business'] })).toEqual({
      actors: ['kommun', 'vakt'],
      ties: ['kommun–vakt'],
    });
    // forening is tied in Sylte only through the state and a school; alone it is still there.
    expect(drawn({ neighbourhoods: ['Sylte'], sectors: ['civil_society'] })).toEqual({ actors: ['forening'], ties: [] });
  });

  it('decides who works in an area before the sector filter too, the same way', () => {
    // vakt lists no area; its crime tie to kommun makes it work in crime.
    expect(drawn({ areas: ['crime'], sectors: ['business'] })).toEqual({ actors: ['vakt'], ties: [] });
    expect(drawn({ areas: ['education'], sectors: ['civil_society'] })).toEqual({ actors: ['forening'], ties: [] });
  });

  it('counts only the statuses asked for when placing actors', () => {
    // skola–kommun is desired: with it, kommun is tied in Sylte too.
    expect(drawn({ neighbourhoods: ['Sylte'], statuses: ['active', 'needs_development', 'desired'] }).actors).toEqual([
      'forening',
      'kommun',
      'polis',
      'skola',
    ]);
  });

  it('matches names whatever their case, accents and Unicode form', () => {
    const expected = drawn({ neighbourhoods: ['Kronogården'] });
    for (const name of ['kronogården', 'KRONOGÅRDEN', 'Kronoga\u030arden', 'Kronogarden', '  Kronogården ']) {
      expect(drawn({ neighbourhoods: [name] }), name).toEqual(expected);
    }
    expect(placeKey('Kronoga\u030arden')).toBe(placeKey('Kronogården'.normalize('NFC')));
    expect(placeKey('Norra  Sylte')).toBe(placeKey('norra sylte'));
  });

  it('names the requested neighbourhoods that no actor is located in and no tie or forum names', () => {
    expect(unknownNeighbourhoods(places, ['Sylte', 'lextorp', 'Nowhere', 'Kronogarden'])).toEqual(['Nowhere']);
    expect(unknownNeighbourhoods(places, undefined)).toEqual([]);
    // A name only a forum has is known (the explorer offers it), and simply keeps nobody.
    const withForum = { ...places, forums: [forum('torget', ['kommun'])].map((f) => ({ ...f, neighbourhoods: ['Torget'] })) };
    expect(unknownNeighbourhoods(withForum, ['torget', 'Nowhere'])).toEqual(['Nowhere']);
  });
});
