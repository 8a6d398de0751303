// A gate in front of a store. Once the store is known to be down (a ping failed, be it /health's
// or the one the gate sends when a call fails with StoreUnavailableError: a deadlock that outlasted
// the retries is a 503 too, but the store is up and the gate stays open), every call is refused at once with that 503 and a
// Retry-After, instead of each one waiting out the driver's retry window (6–8 s on Neo4j) while
// /health already says the store is gone. While it is down a probe pings it every `probeMs`;
// the first answer opens the gate again, so the service recovers without a restart.
import { StoreUnavailableError } from '../errors.ts';
import type { GraphStore, Store } from './port.ts';

/** Calls that always reach the store: ping is how the gate learns, init and close are not requests. */
const THROUGH = new Set<PropertyKey>(['ping', 'init', 'close']);

export const DEFAULT_PROBE_MS = 1_000;

export class StoreGate {
  /** Calls refused without reaching the store since start (for /health, logs and tests). */
  refused = 0;
  private isDown = false;
  private probe: NodeJS.Timeout | null = null;
  private checking = false;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly probeMs = DEFAULT_PROBE_MS,
  ) {}

  get down(): boolean {
    return this.isDown;
  }

  /** The store behind the gate: the same object to its callers, methods and all. */
  guard<S extends Store | GraphStore>(store: S): S {
    return new Proxy(store, {
      get: (target, key) => {
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => unknown;
        if (key === 'close') return (...args: unknown[]) => this.close(() => method.apply(target, args));
        // A round's graph is a view, made without a call: behind the same gate.
        if (key === 'round') return (...args: unknown[]) => this.guard(method.apply(target, args) as GraphStore);
        return (...args: unknown[]) => this.call(key, () => method.apply(target, args));
      },
    });
  }

  private async call(key: PropertyKey, work: () => unknown): Promise<unknown> {
    if (this.isDown && !THROUGH.has(key)) {
      this.refused += 1;
      throw new StoreUnavailableError(Math.max(1, Math.ceil(this.probeMs / 1000)));
    }
    try {
      const result = await work();
      if (THROUGH.has(key)) this.markUp();
      return result;
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        if (key === 'ping') this.markDown();
        else this.check();
      }
      throw error;
    }
  }

  /** Is the store down, or did one call fail for its own reasons? A ping (never retried) says. */
  private check(): void {
    if (this.checking || this.isDown) return;
    this.checking = true;
    this.store.ping().then(
      () => (this.checking = false),
      () => {
        this.checking = false;
        this.markDown();
      },
    );
  }

  private async close(work: () => unknown): Promise<unknown> {
    this.closed = true;
    this.markUp();
    return work();
  }

  private markDown(): void {
    this.isDown = true;
    if (this.probe !== null || this.closed) return;
    const tick = () => {
      this.store.ping().then(
        () => this.markUp(),
        () => {
          if (this.probe !== null) this.probe = setTimeout(tick, this.probeMs).unref();
        },
      );
    };
    this.probe = setTimeout(tick, this.probeMs).unref();
  }

  private markUp(): void {
    this.isDown = false;
    if (this.probe !== null) clearTimeout(this.probe);
    this.probe = null;
  }
}
