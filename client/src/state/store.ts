// A small state store in the way of Gephi Lite's atoms: one value, changed only by dispatching a
// pure producer (state → state), and listeners that are told of every change with the value
// before it. Views, the map, the loader and the URL all subscribe; none of them calls another.
export type Producer<S> = (state: S) => S;

/** Why a change happened; subscribers that care (the URL's history) read it. */
export interface ChangeMeta {
  /** The analyst's own move: it gets a browser history entry, so Back undoes it. */
  deliberate?: boolean;
  /** Back or Forward restored the state of a history entry. */
  restored?: boolean;
}

export type Listener<S> = (state: S, previous: S, meta: ChangeMeta) => void;

export class Store<S> {
  private listeners: Array<Listener<S>> = [];
  private notifying = false;
  private queued: Array<[Producer<S>, ChangeMeta]> = [];

  constructor(private state: S) {}

  getState(): S {
    return this.state;
  }

  /**
   * Applies a producer; a producer that returns the same object changes nothing and tells no one.
   * A dispatch from inside a listener runs after every listener has seen the current change, so
   * all of them see the changes in the same order.
   */
  dispatch(producer: Producer<S>, meta: ChangeMeta = {}): void {
    this.queued.push([producer, meta]);
    if (this.notifying) return;
    this.notifying = true;
    try {
      for (let next = this.queued.shift(); next; next = this.queued.shift()) {
        const previous = this.state;
        this.state = next[0](previous);
        if (this.state === previous) continue;
        for (const listener of [...this.listeners]) listener(this.state, previous, next[1]);
      }
    } finally {
      this.notifying = false;
      this.queued = [];
    }
  }

  /** Listeners run in the order they subscribed; the returned function unsubscribes. */
  subscribe(listener: Listener<S>): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Drops every listener (the explorer's dispose). */
  clear(): void {
    this.listeners = [];
  }
}
