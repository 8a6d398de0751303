// Types for neo4j-local.mjs, which stays plain JavaScript so it runs before anything is built.
export class Neo4jLocalError extends Error {}

/** Where the jars, the CLI's default home and throwaway homes live (outside the work tree). */
export const CACHE: string;
/** The CLI's data folder when --home is not given. */
export const DEFAULT_HOME: string;

export interface StartOptions {
  /** Data folder; without it a throwaway folder in the cache that stop() deletes. */
  home?: string;
  /** Bolt port on 127.0.0.1; a free one when left out. */
  port?: number;
  /** Password for the user neo4j; when left out, the one a kept home was last started with, else random. */
  password?: string;
  /** A server that runs long enough to earn back the C2 compiler's start-up work (the CLI, benchmarks); tests leave it out. */
  longLived?: boolean;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
  /** The JVM's process id (benchmarks read its CPU time; a fault test may signal it). */
  pid: number;
  /** SIGTERM the JVM and wait until it has exited (and the throwaway folder is gone). */
  stop(): Promise<void>;
  exited: Promise<{ code: number | null; signal: string | null }>;
}

export function startNeo4j(options?: StartOptions): Promise<LocalNeo4j>;
export function freePort(): Promise<number>;
