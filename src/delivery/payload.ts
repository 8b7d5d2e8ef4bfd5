import type { z } from 'zod';
import { firstIssue } from '../store/schema-issue.js';

/** Whose payload: a whole job's (fails the job) or one delivery's (fails that delivery). */
export type PayloadScope = 'job' | 'delivery';

/**
 * A persisted payload its schema rejects: written by an older version, or corrupt. Jobs resume
 * across processes and deploys, so what is read back is never trusted blindly.
 */
export class UnreadablePayloadError extends Error {
  override readonly name = 'UnreadablePayloadError';
  constructor(
    readonly scope: PayloadScope,
    /** Where in the payload the first problem is (`content.parts.0`); empty: the payload itself. */
    readonly path: string,
    readonly issue: string,
  ) {
    super(`unreadable ${scope} payload at ${path || '(root)'}: ${issue}`);
  }
}

/** Parses a persisted job or delivery payload with its schema; throws UnreadablePayloadError. */
export function readPayload<S extends z.ZodType>(
  schema: S,
  payload: unknown,
  scope: PayloadScope,
): z.output<S> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const { path, issue } = firstIssue(parsed.error);
  throw new UnreadablePayloadError(scope, path, issue);
}
