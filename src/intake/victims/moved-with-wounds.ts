// "A boy was pulled from the rubble of his house with light injuries": where the wounded were moved from or to.

/**
 * What a passive tells was done with the counted ("pulled from the rubble of a shed", "taken to a
 * hospital in the city", "rescued from a burning car"), between its participle and "with" the
 * wounds: it names places, not more people, so the count before the passive is still the one
 * wounded. The passive and its participle are kept; the rest, up to "with", is dropped.
 */
export const MOVED_BEFORE_WOUNDS =
  /(?<=^\s*(?:was|were)\s+[\p{L}-]+)(?:\s+(?:alive|safely|later))?\s+(?:from|to|out of|into|under)\s[^,.;]*?(?=\swith\s+(?:[\p{L}]+\s+)?$)/u;
