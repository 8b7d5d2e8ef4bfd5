// A killing told with "also" after a body found in the same sentence: another death, not more of the find.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * A body found: "عثر أهالٍ على جثة شاب", "العثور على جثتي رجلين"; "residents found the body of a
 * man", "the bodies of two men were discovered".
 */
const BODY_FOUND = new RegExp(
  `(?<!${L})(?:${f(['عثر', 'عثرت', 'عثروا', 'العثور', 'وعثر', 'وعثرت'])})(?!${L})[^.]*?(?<!${L})(?:${f(['جثة', 'جثث', 'جثتي', 'جثتين', 'جثمان'])})(?!${L})|(?<!${L})(?:found|discovered|recovered)\\s+(?:the\\s+)?bod(?:y|ies)\\s+of(?!${L})|(?<!${L})bod(?:y|ies)\\s+of\\s[^.]*?(?:was|were)\\s+(?:found|discovered)(?!${L})`,
  'u',
);

/**
 * "عثر أهالٍ على جثة شاب…، كما قُتل رجل آخر برصاص مجهولين": a body found is a death no one saw
 * happen; a killing told after it with "also" and a doer of its own is another death (another
 * item of the roundup), not one more victim of the find. `before` is the sentence up to the clause,
 * in matching form. (Without a doer, "كما عثر على جثة أخرى", it is the same find.)
 */
export function killingBesideBodyFound(before: string, facts: ClauseFacts): boolean {
  return facts.casualties.killed !== null && facts.actors.length > 0 && BODY_FOUND.test(before);
}
