// Exports are written as streams of text chunks (never the whole file as one string): lines are
// gathered into pieces of about CHUNK_CHARS, a size a socket takes in one write.
export const CHUNK_CHARS = 64 * 1024;

/** `parts` gathered into strings of about `size` characters. */
export function* batched(parts: Iterable<string>, size = CHUNK_CHARS): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const part of parts) {
    pending.push(part);
    length += part.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield pending.join('');
}

/** A JSON array's items, one `write(item)` at a time: `[`, items separated by `,\n`, `]`. */
export function* jsonArray<T>(items: Iterable<T>, write: (item: T) => unknown): Generator<string> {
  yield '[';
  let first = true;
  for (const item of items) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(write(item))}`;
    first = false;
  }
  yield ']';
}

/** A JSON object's members, one at a time: `{`, `"key":value` separated by `,\n`, `}`. */
export function* jsonObject(entries: Iterable<readonly [string, unknown]>): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of entries) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(key)}:${JSON.stringify(value)}`;
    first = false;
  }
  yield '}';
}

/** `items` mapped one at a time, as they are read: an export's rows are never all made at once. */
export function* mapped<T, U>(items: Iterable<T>, fn: (item: T) => U): Generator<U> {
  for (const item of items) yield fn(item);
}
