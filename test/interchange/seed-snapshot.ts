// Exports start from the seed round as a store holds it (seed/tools/seed-snapshot.ts), and the
// expected dataset is what the store gives back, not what the seed file says.
import { seedRoundSnapshot } from '../../seed/tools/seed-snapshot.ts';
import type { Dataset } from '../../server/domain/inputs.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';

export const seedSnapshot = seedRoundSnapshot;

/** What an import of an export should give back: the snapshot without stored-only fields. */
export function datasetOfSnapshot(snapshot: GraphSnapshot): Dataset {
  const strip = <T extends { createdAt: string; updatedAt: string }>({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
  return {
    sources: snapshot.sources,
    actors: snapshot.actors.map(strip),
    forums: snapshot.forums.map(strip),
    collaborations: snapshot.collaborations.map(({ type: _type, ...c }) => strip(c)),
  };
}
