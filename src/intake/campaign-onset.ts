// A campaign's start or a city's capture, told as the background of the news: no event of its own.
import { L } from './word-pattern.js';

/**
 * "The SDF launched an offensive on Sept. 10 to take the pocket", "Iraqi forces launched the first
 * phase of an offensive toward Mosul", "since Turkey launched its latest operation against the PKK":
 * the start of a campaign of many events, whatever words name it or follow it (non-events.ts reads
 * only "launched the offensive to retake X"). Not a search or combing operation, which follows an
 * attack.
 */
const CAMPAIGN_STARTED = new RegExp(
  `(?<!${L})(?:launched|began|started|opened)\\s+(?:an?|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?<!(?:search|combing|sweep|security|rescue|clearance)\\s+)(?:offensive|campaign|assault|incursion|operation)(?!${L})`,
  'u',
);

/**
 * "including its capital Ramadi, which it seized in May", "which the militants seized in June 2014":
 * the town's fall, told in a relative clause as what it is now, long before the news.
 */
const SEIZED_EARLIER = new RegExp(
  `(?<!${L})which\\s+(?:it|they|the\\s+(?:militants|group|jihadists|extremists|insurgents)|is|isis|isil|islamic\\s+state)\\s+(?:had\\s+)?(?:seized|captured|overran|took)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells a campaign's start or a town's earlier fall, background with no toll of its own. */
export function campaignBackground(matchText: string): boolean {
  return CAMPAIGN_STARTED.test(matchText) || SEIZED_EARLIER.test(matchText);
}
