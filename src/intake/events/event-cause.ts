// What an event broke out over is its cause, not the event: "اشتباكات … على خلفية اعتقال شاب".
import { L, anyOf as f } from '../reading/word-pattern.js';

const CAUSE = new RegExp(
  `(?<!${L})(?:${f(['على خلفية', 'احتجاجا على', 'احتجاجاً على'])}|against the backdrop of|in protest (?:at|against))(?!${L})`,
  'u',
);

/** The clause (in matching form) up to where it tells the event's cause; all of it where it tells none. */
export function beforeCause(matchText: string): string {
  const at = matchText.search(CAUSE);
  return at < 0 ? matchText : matchText.slice(0, at);
}
