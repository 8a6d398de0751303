// A file need not carry every field of a record: a CSV of Id;Namn;Sektor says nothing about
// descriptions or evidence. An upsert keeps the stored value of every field the file does not
// carry (a column present but empty does clear its field); a replace, and our JSON dataset,
// whose records are whole, write the records as they are. One rule for the write and its dry run.
import { Dataset } from './inputs.ts';

export type DatasetKind = keyof Dataset;

/** Per kind, the record fields the file's columns carry; a kind left out carries them all. */
export type CarriedFields = Partial<Record<DatasetKind, readonly string[]>>;

/** The stored records of each kind, by id, that a dataset may name. */
export type StoredById = { [K in DatasetKind]: ReadonlyMap<string, object> };

const fieldsOf = (kind: DatasetKind): string[] => Object.keys(Dataset.shape[kind].unwrap().element.shape);

const DATASET_FIELDS: Record<DatasetKind, readonly string[]> = {
  sources: fieldsOf('sources'),
  actors: fieldsOf('actors'),
  forums: fieldsOf('forums'),
  collaborations: fieldsOf('collaborations'),
};

/** The fields of `kind` a file leaves out: none when it carries them all. */
export function uncarried(kind: DatasetKind, carried: CarriedFields): string[] {
  const given = carried[kind];
  if (given === undefined) return [];
  return DATASET_FIELDS[kind].filter((field) => !given.includes(field));
}

/** A stored record's value for each field the file left out; a record the store lacks stays as read. */
function keepStored<T extends { id: string }>(records: readonly T[], stored: ReadonlyMap<string, object>, fields: readonly string[]): T[] {
  return records.map((record) => {
    const before = stored.get(record.id) as Record<string, unknown> | undefined;
    if (before === undefined) return record;
    const kept: Record<string, unknown> = { ...record };
    for (const field of fields)
      if (before[field] === undefined) delete kept[field];
      else kept[field] = before[field];
    return kept as T;
  });
}

/** The dataset an upsert of a partial file writes: what it carries over what is stored. */
export function withStoredFields(dataset: Dataset, carried: CarriedFields, stored: StoredById): Dataset {
  const kept = (kind: DatasetKind) => {
    const fields = uncarried(kind, carried);
    return fields.length === 0 ? dataset[kind] : keepStored<{ id: string }>(dataset[kind], stored[kind], fields);
  };
  return {
    sources: kept('sources') as Dataset['sources'],
    actors: kept('actors') as Dataset['actors'],
    forums: kept('forums') as Dataset['forums'],
    collaborations: kept('collaborations') as Dataset['collaborations'],
  };
}
