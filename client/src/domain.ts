// The client's window onto the server's domain: vocabularies, types and input schemas are
// imported from server/domain so the explorer never spells a sector or a rule differently.
export { AREAS, COLLABORATION_TYPES, FORMS, MEMBER_ROLES, SECTORS, STATUSES, type Term } from '../../server/domain/vocabulary.ts';
export type { Actor, Area, Collaboration, CollaborationType, Evidence, Form, Sector, Source, Status } from '../../server/domain/schemas.ts';
export { ActorCreate, ActorPut, CollaborationCreate } from '../../server/domain/inputs.ts';

import { AREAS, COLLABORATION_TYPES, SECTORS, STATUSES } from '../../server/domain/vocabulary.ts';
import type { Area, CollaborationType, Sector, Status } from '../../server/domain/schemas.ts';

export const SECTOR_IDS = SECTORS.map((t) => t.id) as Sector[];
export const AREA_IDS = AREAS.map((t) => t.id) as Area[];
export const TYPE_IDS = COLLABORATION_TYPES.map((t) => t.id) as CollaborationType[];
export const STATUS_IDS = STATUSES.map((t) => t.id) as Status[];
