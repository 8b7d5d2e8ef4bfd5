import type { Check } from '../../content/schema.js';

/**
 * Reasons an editor should check a drafted incident or figure before publishing (the list is the
 * briefing format's, `CHECK_REASONS`). They travel with the draft (its `checks` fields) and are
 * shown in the Telegram draft view and by `npm run drafts`.
 */
export type { Check };
export type CheckReason = Check['reason'];

export function addCheck(checks: Check[], check: Check): void {
  if (!checks.some((c) => c.reason === check.reason && c.detail === check.detail)) checks.push(check);
}
