// Neo4j failures become the app's errors where they arise: a uniqueness violation is a 409, an
// unreachable or refusing server a 503. Neo4j's own messages are not passed on to callers.
import { Neo4jError } from 'neo4j-driver';
import { AppError, ConflictError, StoreConfigurationError, StoreUnavailableError } from '../../errors.ts';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function mapNeo4jError(err: unknown): unknown {
  if (err instanceof AppError || !(err instanceof Neo4jError)) return err;
  if (err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return withCause(new ConflictError('a record with this id already exists'), err);
  }
  // Wrong credentials or an unknown database: a 503 to a caller, but start-up stops and says which.
  if (err.code === 'Neo.ClientError.Security.Unauthorized' || err.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return withCause(
      new StoreConfigurationError('NEO4J_PASSWORD', 'Neo4j refused the user name and password (NEO4J_USER, NEO4J_PASSWORD)'),
      err,
    );
  }
  if (err.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return withCause(new StoreConfigurationError('NEO4J_DATABASE', 'Neo4j has no database of that name (NEO4J_DATABASE)'), err);
  }
  // A database that is still starting looks the same to a caller: try later.
  // So does a transient error the driver's retries did not outlast (a deadlock under heavy
  // contention): nothing was written, and the same request may well pass in a moment.
  // The driver's own "no connection free in time" carries no code, only its message.
  if (
    UNAVAILABLE.has(err.code) ||
    err.code.startsWith('Neo.ClientError.Security.') ||
    err.code.startsWith('Neo.TransientError.') ||
    err.message.startsWith('Connection acquisition timed out')
  ) {
    return withCause(new StoreUnavailableError(), err);
  }
  return err;
}

/** Keep the driver's error for logs without showing it in the response. */
function withCause<E extends Error>(error: E, cause: unknown): E {
  Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
  return error;
}
