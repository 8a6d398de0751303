// Types for neo4j-local.mjs, which stays plain JavaScript so it runs before anything is built.
export class Neo4jLocalError extends Error {}

export interface StartOptions {
  /** Data folder; without it a throwaway folder under .neo4j/ that stop() deletes. */
  home?: string;
  /** Bolt port on 127.0.0.1; a free one when left out. */
  port?: number;
  /** Password for the user neo4j; random when left out. */
  password?: string;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
  /** SIGTERM the JVM and wait until it has exited (and the throwaway folder is gone). */
  stop(): Promise<void>;
  exited: Promise<{ code: number | null; signal: string | null }>;
}

export function startNeo4j(options?: StartOptions): Promise<LocalNeo4j>;
export function freePort(): Promise<number>;
