// Per-sector figures and the mixing matrix of two rounds, side by side with their change:
// - meanDegree: mean over the sector's actors of their degree on the actor graph (the number of
//   actors each has an existing tie to);
// - tieShare: the share of the actor graph's tied pairs with an actor of the sector (internal or
//   external ties of the mixing row, over all ties; the shares of the sectors add up to more than
//   1, since a cross-sector tie counts for both);
// - eiIndex: the mixing row's E-I index; reachGapShare: reachGaps' gapShare toward the sector.
// The cells keep the mixing matrix's own definitions (gaps/mixing.ts).
import type { MixingChange, SectorFigures } from '../domain/compare-responses.ts';
import type { Sector } from '../domain/schemas.ts';
import { delta } from './common.ts';
import { SECTOR_ORDER, type MeasuredRound, type RoundMeasures } from './measures.ts';

type Row = RoundMeasures['mixing']['sectors'][number];
type Cell = RoundMeasures['mixing']['cells'][number];

function meanDegree(measures: MeasuredRound, sector: Sector): number | null {
  let sum = 0;
  let count = 0;
  for (const actor of measures.actors.values()) {
    if (actor.sector !== sector) continue;
    sum += measures.degree[actor.id] ?? 0;
    count++;
  }
  return count === 0 ? null : sum / count;
}

function row(measures: RoundMeasures, sector: Sector): Row {
  return measures.mixing.sectors.find((r) => r.sector === sector)!;
}

function tieShare(measures: RoundMeasures, sector: Sector): number | null {
  const r = row(measures, sector);
  const ties = measures.mixing.ties;
  return ties === 0 ? null : (r.internalTies + r.externalTies) / ties;
}

export function sectorFigures(from: MeasuredRound, to: MeasuredRound): SectorFigures[] {
  return SECTOR_ORDER.map((sector) => ({
    sector,
    actors: delta(row(from, sector).actors, row(to, sector).actors),
    meanDegree: delta(meanDegree(from, sector), meanDegree(to, sector)),
    tieShare: delta(tieShare(from, sector), tieShare(to, sector)),
    eiIndex: delta(row(from, sector).eiIndex, row(to, sector).eiIndex),
    reachGapShare: delta(from.reachGapShare.get(sector), to.reachGapShare.get(sector)),
  }));
}

export function mixingChange(from: RoundMeasures, to: RoundMeasures): MixingChange {
  const a = from.mixing;
  const b = to.mixing;
  const cellOf = (cells: readonly Cell[], c: Cell) => cells.find((x) => x.a === c.a && x.b === c.b)!;
  return {
    actors: delta(a.actors, b.actors),
    ties: delta(a.ties, b.ties),
    density: delta(a.density, b.density),
    eiIndex: delta(a.eiIndex, b.eiIndex),
    cells: a.cells.map((cell) => {
      const later = cellOf(b.cells, cell);
      return {
        a: cell.a,
        b: cell.b,
        ties: delta(cell.ties, later.ties),
        possiblePairs: delta(cell.possiblePairs, later.possiblePairs),
        density: delta(cell.density, later.density),
        relativeDensity: delta(cell.relativeDensity, later.relativeDensity),
      };
    }),
  };
}
