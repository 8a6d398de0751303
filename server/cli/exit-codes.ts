// The CLI's exit codes, one per kind of outcome a script may want to tell apart. The README's
// CLI section lists the same table; an API answer's status picks its code here, once.

export const EXIT = {
  ok: 0,
  /** Anything else: the server failed (5xx) or the CLI itself did. */
  failed: 1,
  /** Unknown command or option, a missing argument, a value the API refuses (400), bad configuration. */
  usage: 2,
  /** The file, mapping or round does not exist. */
  notFound: 3,
  /** The file cannot be imported: every problem is listed (422, 413, 415). */
  invalid: 4,
  /** The round is closed, or an id is taken (409). */
  conflict: 5,
  /** The server or the store does not answer (connection refused, 503). */
  unreachable: 6,
  /** No key, or a key without the right (401, 403). */
  denied: 7,
  /** The server does not offer this yet (its route is missing). */
  unsupported: 8,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI reports and exits on; `body` is what --json prints (the API's answer, if any). */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function exitForStatus(status: number): ExitCode {
  if (status === 400) return EXIT.usage;
  if (status === 401 || status === 403) return EXIT.denied;
  if (status === 404) return EXIT.notFound;
  if (status === 409) return EXIT.conflict;
  if (status === 413 || status === 415 || status === 422) return EXIT.invalid;
  if (status === 503) return EXIT.unreachable;
  return EXIT.failed;
}
