// The zod schemas are the single source of Samverkan's domain types (docs/domain.md): they validate
// requests and seed files, type the stores and analytics, and generate the OpenAPI document.
// These are the stored shapes; inputs.ts derives what callers may send. Cross-field rules live
// in inputs.ts because zod cannot derive (omit/partial) from a refined object.
import { z } from 'zod';
import './zod-messages.ts';
import { AREAS, COLLABORATION_TYPES, FORMS, MEMBER_ROLES, SECTORS, STATUSES, ids } from './vocabulary.ts';

export const Slug = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug: a-z, 0-9 and single hyphens');

export const Sector = z.enum(ids(SECTORS)).meta({ id: 'Sector' });
export const Area = z.enum(ids(AREAS)).meta({ id: 'Area' });
export const CollaborationType = z.enum(ids(COLLABORATION_TYPES)).meta({ id: 'CollaborationType' });
export const Status = z.enum(ids(STATUSES)).meta({ id: 'Status' });
export const Form = z.enum(ids(FORMS)).meta({ id: 'Form' });
export const MemberRole = z.enum(ids(MEMBER_ROLES)).meta({ id: 'MemberRole' });

export type Sector = z.infer<typeof Sector>;
export type Area = z.infer<typeof Area>;
export type CollaborationType = z.infer<typeof CollaborationType>;
export type Status = z.infer<typeof Status>;
export type Form = z.infer<typeof Form>;
export type MemberRole = z.infer<typeof MemberRole>;

/** A list without repeats; the OpenAPI document says so (`uniqueItems`), so clients and fuzzers know. */
export function distinctList<T extends z.ZodType>(item: T, max = 50, min = 0) {
  return z
    .array(item)
    .min(min)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, 'must not list the same value twice')
    .meta({ uniqueItems: true });
}

// What JavaScript's trim() removes, spelled out: `\s` means something else to other regex
// engines reading the documented pattern (Python's, in the fuzzer).
const BLANK = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/** Not blank; at most `max` characters as JSON Schema counts them (code points); stored trimmed. */
export const Text = (max: number) =>
  z
    .string()
    .regex(new RegExp(`[^${BLANK}]`), 'must not be blank')
    .refine((text) => [...text].length <= max, `must be at most ${max} characters`)
    .meta({ maxLength: max })
    .trim();
/** Stored as given: a year, a year-month or a full date. */
export const PartialDate = z.string().regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
export const Timestamp = z.iso.datetime().meta({ readOnly: true });
const WEB_LINK_RULE = 'must be an http:// or https:// URL';
/**
 * A stored link (an actor's website, a source's url) that a page may render as a link: http(s)
 * only, so a stored javascript: or data: URL never runs. The pattern is the whole rule, so the
 * document and the validator agree to the character.
 */
const WebLink = z.string().regex(new RegExp(`^[Hh][Tt][Tt][Pp][Ss]?://[^${BLANK}/?#]+(?:[/?#][^${BLANK}]*)?$`), WEB_LINK_RULE);

export const Evidence = z
  .strictObject({
    sourceId: Slug.describe('id of a Source'),
    locator: Text(300).describe('where in the source: section, subsection or page'),
    note: Text(1000).describe('what the source says there, in our own words'),
    noteSv: Text(1000).optional().describe('the note in Swedish, written for Swedish readers'),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

export const Source = z
  .strictObject({
    id: Slug,
    title: Text(500),
    authors: z.array(Text(200)).max(50),
    year: z.int().min(1900).max(2100),
    publisher: Text(300).optional(),
    url: WebLink.optional(),
  })
  .meta({ id: 'Source' });
export type Source = z.infer<typeof Source>;

export const Actor = z
  .strictObject({
    id: Slug,
    name: Text(200),
    sector: Sector,
    parentId: Slug.optional().describe('the actor this one is a unit of (hierarchy, not collaboration)'),
    areas: distinctList(Area),
    neighbourhoods: distinctList(Text(100)),
    targetGroups: distinctList(Text(100)),
    description: Text(4000).optional(),
    descriptionSv: Text(4000).optional().describe('the description in Swedish'),
    website: WebLink.optional(),
    evidence: z.array(Evidence).max(100),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Actor' });
export type Actor = z.infer<typeof Actor>;

export const Collaboration = z
  .strictObject({
    id: Slug,
    source: Slug,
    target: Slug,
    type: CollaborationType.meta({ readOnly: true }).describe('derived from the two sectors; never set directly'),
    status: Status,
    areas: distinctList(Area),
    forms: distinctList(Form),
    strength: z.int().min(1).max(3).optional().describe('1 weak – 3 strong'),
    since: PartialDate.optional(),
    until: PartialDate.optional(),
    directed: z.boolean().describe('true when the tie flows from source to target, e.g. funding'),
    neighbourhoods: distinctList(Text(100)),
    description: Text(4000).optional(),
    descriptionSv: Text(4000).optional().describe('the description in Swedish'),
    evidence: z.array(Evidence).max(100),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Collaboration' });
export type Collaboration = z.infer<typeof Collaboration>;

export const Membership = z.strictObject({ actorId: Slug, role: MemberRole }).meta({ id: 'Membership' });
export type Membership = z.infer<typeof Membership>;

export const Forum = z
  .strictObject({
    id: Slug,
    name: Text(200),
    description: Text(4000).optional(),
    descriptionSv: Text(4000).optional().describe('the description in Swedish'),
    areas: distinctList(Area),
    neighbourhoods: distinctList(Text(100)),
    members: z
      .array(Membership)
      .max(500)
      .refine((ms) => new Set(ms.map((m) => m.actorId)).size === ms.length, 'must not list an actor twice'),
    evidence: z.array(Evidence).max(100),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Forum' });
export type Forum = z.infer<typeof Forum>;
