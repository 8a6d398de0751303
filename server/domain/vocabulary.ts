// The controlled vocabularies of docs/domain.md, kept as data in one place: schemas, analytics and
// the client's legends and menus all read these lists instead of repeating the words.

export interface Term {
  readonly id: string;
  readonly en: string;
  readonly sv: string;
}

function terms<const T extends readonly Term[]>(list: T) {
  return list;
}

export const SECTORS = terms([
  { id: 'municipal', en: 'Municipal', sv: 'Kommunal' },
  { id: 'regional', en: 'Regional', sv: 'Regional' },
  { id: 'state', en: 'State', sv: 'Statlig' },
  { id: 'civil_society', en: 'Civil society', sv: 'Civilsamhälle' },
  { id: 'business', en: 'Business', sv: 'Näringsliv' },
] as const);

/** The five areas of the Swedish reform programme against segregation. */
export const AREAS = terms([
  { id: 'housing', en: 'Housing', sv: 'Boende' },
  { id: 'education', en: 'Education', sv: 'Utbildning' },
  { id: 'labour_market', en: 'Labour market', sv: 'Arbetsmarknad' },
  { id: 'democracy_civil_society', en: 'Democracy & civil society', sv: 'Demokrati och civilsamhälle' },
  { id: 'crime', en: 'Crime', sv: 'Brottslighet' },
] as const);

export const COLLABORATION_TYPES = terms([
  { id: 'internal', en: 'Internal', sv: 'Intern' },
  { id: 'state', en: 'State', sv: 'Statlig' },
  { id: 'civil_society', en: 'Civil society', sv: 'Civilsamhälle' },
  { id: 'business', en: 'Business', sv: 'Näringsliv' },
] as const);

export const STATUSES = terms([
  { id: 'active', en: 'Active', sv: 'Fungerar' },
  { id: 'needs_development', en: 'Needs development', sv: 'Behöver utvecklas' },
  { id: 'desired', en: 'Desired', sv: 'Önskad' },
  { id: 'ended', en: 'Ended', sv: 'Avslutad' },
] as const);

export const FORMS = terms([
  { id: 'project', en: 'Project', sv: 'Projekt' },
  { id: 'funding', en: 'Funding', sv: 'Finansiering' },
  { id: 'meeting_group', en: 'Meeting group', sv: 'Mötesgrupp' },
  { id: 'premises', en: 'Premises', sv: 'Lokaler' },
  { id: 'commission', en: 'Commission', sv: 'Uppdrag' },
  { id: 'referral', en: 'Referral', sv: 'Hänvisning' },
  { id: 'information', en: 'Information', sv: 'Information' },
  { id: 'agreement', en: 'Agreement', sv: 'Avtal' },
  { id: 'joint_activity', en: 'Joint activity', sv: 'Gemensam aktivitet' },
  { id: 'staff', en: 'Staff', sv: 'Personal' },
] as const);

export const MEMBER_ROLES = terms([
  { id: 'lead', en: 'Lead', sv: 'Leder' },
  { id: 'member', en: 'Member', sv: 'Medlem' },
] as const);

type Ids<T extends readonly Term[]> = { [K in keyof T]: T[K]['id'] };

export function ids<T extends readonly Term[]>(list: T): Ids<T> {
  return list.map((t) => t.id) as Ids<T>;
}
