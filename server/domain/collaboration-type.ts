import type { CollaborationType, Sector } from './schemas.ts';

/**
 * The one rule that turns two actors' sectors into a collaboration type (docs/domain.md): both
 * municipal → internal; otherwise civil society wins, then business, else state. Stores call
 * this on every write and when a sector changes, so a stored type never contradicts its actors.
 */
export function collaborationType(a: Sector, b: Sector): CollaborationType {
  if (a === 'municipal' && b === 'municipal') return 'internal';
  if (a === 'civil_society' || b === 'civil_society') return 'civil_society';
  if (a === 'business' || b === 'business') return 'business';
  return 'state';
}
