// Who may do what. Keys are configured (SAMVERKAN_API_KEYS, SAMVERKAN_API_KEY; see config.ts),
// each with a name, a role and the mappings it is for. A request that presents a key acts as its
// principal: the name is what a history records, never the key. Keys are compared in constant
// time (digests of equal length), so an answer's timing says nothing about how close a guess was.
import { createHash, timingSafeEqual } from 'node:crypto';

/** Each role may do what the ones before it may: read ⊂ write ⊂ admin (mappings, rounds, revert). */
export const ROLES = ['read', 'write', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  name: string;
  role: Role;
  /** The mappings this key is for; empty: all of them. */
  mappings: string[];
}

export interface ApiKey extends Principal {
  key: string;
}

/** Methods that only read: they never need a write key, and never need a same-site Origin. */
export function isReadMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** What a request's Authorization header says about who sends it. */
export type Identity = { kind: 'anonymous' } | { kind: 'unknown-key' } | { kind: 'principal'; principal: Principal };

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export class KeyRing {
  private readonly keys: Array<{ digest: Buffer; principal: Principal }>;
  /** True when any key is configured: writes then need one with role write or admin. */
  readonly writesNeedKey: boolean;
  /** True when a read key is configured: the data is private, so reads need a key too. */
  readonly readsNeedKey: boolean;

  constructor(keys: readonly ApiKey[]) {
    this.keys = keys.map(({ key, ...principal }) => ({ digest: digest(key), principal }));
    this.writesNeedKey = keys.length > 0;
    this.readsNeedKey = keys.some((k) => k.role === 'read');
  }

  identify(authorization: string | undefined): Identity {
    // Without configured keys a presented one means nothing (a stale key in a client, say).
    if (authorization === undefined || this.keys.length === 0) return { kind: 'anonymous' };
    const bearer = /^Bearer (.+)$/i.exec(authorization);
    const presented = digest(bearer?.[1] ?? '');
    let found: Principal | null = null;
    // Every key is compared, so the time taken does not say which one (if any) matched.
    for (const { digest: known, principal } of this.keys) {
      if (timingSafeEqual(presented, known) && bearer !== null) found = principal;
    }
    return found ? { kind: 'principal', principal: found } : { kind: 'unknown-key' };
  }
}
