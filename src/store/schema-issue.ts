import type { z } from 'zod';

/** The first problem zod found in persisted data, as a dotted path (empty: the value itself) and its message. */
export function firstIssue(error: z.ZodError): { path: string; issue: string } {
  const first = error.issues[0];
  return { path: first ? first.path.map(String).join('.') : '', issue: first?.message ?? 'invalid' };
}
