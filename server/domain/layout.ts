// A round's layout: where the explorer draws each actor and forum (docs/domain.md, "Layouts").
// It is a property of the round, saved by an analyst and copied with the round, so every visitor
// and every later round starts from the same picture.
import { z } from 'zod';
import { DATASET_LIMITS } from './inputs.ts';
import { Timestamp } from './schemas.ts';

/** One position per actor and forum a round can hold. */
export const MAX_LAYOUT_POSITIONS = DATASET_LIMITS.actors + DATASET_LIMITS.forums;

/** Far beyond any drawn layout, yet small enough that every renderer's arithmetic stays exact. */
const COORDINATE_BOUND = 1e9;
const Coordinate = z.number().min(-COORDINATE_BOUND).max(COORDINATE_BOUND);

export const Position = z.strictObject({ x: Coordinate, y: Coordinate }).meta({ id: 'Position' });
export type Position = z.infer<typeof Position>;

// Keyed as /api/graph keys nodes (domain/node-keys.ts): an actor's id, "forum:" and a forum's id.
// Keys are any string in the schema (OpenAPI 3.0 cannot constrain a map's keys): a key that names
// no actor or forum of the round, well-formed or not, is refused by the store with a 422 naming it.
export const LayoutPositions = z
  .record(z.string(), Position)
  .refine((positions) => Object.keys(positions).length <= MAX_LAYOUT_POSITIONS, {
    message: `must have at most ${MAX_LAYOUT_POSITIONS.toLocaleString('en-US')} positions`,
  })
  .meta({ maxProperties: MAX_LAYOUT_POSITIONS })
  .describe("graph coordinates by node key of the round: an actor's id, or 'forum:' and a forum's id");
export type LayoutPositions = z.infer<typeof LayoutPositions>;

export const LayoutPut = z.strictObject({ positions: LayoutPositions }).meta({ id: 'LayoutPut' });
export type LayoutPut = z.infer<typeof LayoutPut>;

export const Layout = z
  .strictObject({
    positions: LayoutPositions,
    savedAt: Timestamp.nullable().describe('when the layout was saved; null: none saved, the explorer computes its first layout'),
  })
  .meta({ id: 'Layout' });
export type Layout = z.infer<typeof Layout>;

/** A saved layout as the store holds it. */
export type StoredLayout = { positions: LayoutPositions; savedAt: string };
