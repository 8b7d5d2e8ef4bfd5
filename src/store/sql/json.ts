import type { z } from 'zod';
import { firstIssue } from '../schema-issue.js';

/** JSON columns: absent values are stored as JSON null so the column stays NOT NULL. */
export function toJson(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

/**
 * A JSON column whose shape its reader checks (job and delivery payloads, audit details). Text that
 * is not JSON at all (a corrupt row) reads as undefined, which no payload schema accepts: the job
 * then fails on its schema like any other unreadable payload, instead of the query throwing.
 */
export function fromJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON column the store itself reads, parsed with its schema; a row that does not fit throws, naming the column. */
export function parseJson<S extends z.ZodType>(schema: S, text: string, column: string): z.output<S> {
  const parsed = schema.safeParse(fromJson(text));
  if (parsed.success) return parsed.data;
  const { path, issue } = firstIssue(parsed.error);
  throw new Error(`unreadable ${column}${path ? ` at ${path}` : ''}: ${issue}`);
}
