/**
 * Reasons an editor should check a drafted incident or figure before publishing. They travel with
 * the draft (its `checks` fields) and are shown in the Telegram draft view from the catalogues.
 */
export const CHECK_REASONS = [
  /** The text gives no date for the event: the draft took the publication day or the day before. */
  'date-guessed',
  /** The date comes from a relative or vague form ("last week", "recently", a weekday read loosely). */
  'date-approximate',
  /** No place of the event in the gazetteer: the title's place, or the country only. */
  'place-unresolved',
  /** The article gives two figures for the same casualties. */
  'casualties-conflict',
  /** Only a joint "killed and wounded" figure: no split is invented. */
  'casualties-unsplit',
  /** "at least", "more than", "about": the figure is not exact. */
  'casualties-approximate',
  /** A headline or lead total that does not agree with the body's figures. */
  'headline-disagrees',
  /** The article only suspects who did it. */
  'actor-suspected',
  /** A figure the article gives as approximate. */
  'figure-approximate',
] as const;
export type CheckReason = (typeof CHECK_REASONS)[number];

/** A reason, with the article's words or numbers that raised it where there are some. */
export interface Check {
  reason: CheckReason;
  detail?: string;
}

export function addCheck(checks: Check[], check: Check): void {
  if (!checks.some((c) => c.reason === check.reason && c.detail === check.detail)) checks.push(check);
}
