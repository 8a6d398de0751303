// One write flow, two kinds of store: better-sqlite3 answers synchronously inside a synchronous
// transaction, the Neo4j driver answers with promises. A flow is therefore a generator: every
// store primitive it calls goes through `yield* step(…)`, which hands a promise out to the
// runner and takes its value back, or passes a plain value straight through. `runSync` drives a
// flow whose primitives never return a promise (SQLite: the transaction stays one synchronous
// call, so no other request can see or touch it half-way); `runAsync` awaits each promise (Neo4j).

/** Either answer a primitive may give. */
export type Maybe<T> = T | Promise<T>;

/** A unit of work over a store transaction that returns T. */
export type Flow<T> = Generator<Promise<unknown>, T, unknown>;

/** Use a primitive's answer inside a flow: `const x = yield* step(tx.read(...))`. */
export function* step<T>(value: Maybe<T>): Flow<T> {
  return value instanceof Promise ? ((yield value) as T) : value;
}

export function runSync<T>(flow: Flow<T>): T {
  const next = flow.next();
  if (!next.done) {
    flow.return(undefined as T);
    throw new Error('store flow: a synchronous store returned a promise');
  }
  return next.value;
}

export async function runAsync<T>(flow: Flow<T>): Promise<T> {
  let next = flow.next();
  while (!next.done) {
    let value: unknown;
    try {
      value = await next.value;
    } catch (error) {
      next = flow.throw(error);
      continue;
    }
    next = flow.next(value);
  }
  return next.value;
}
