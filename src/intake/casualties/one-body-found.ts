// "An unidentified body was found in Fallujah": one dead, told by the body found and no count.

/**
 * "a body was found", "an unidentified body has been recovered", "one corpse was dumped": the singular
 * body of someone killed (not "a third body was recovered": one more of a toll told already, nor a
 * body part or remains).
 */
const ONE_BODY =
  /(?<![\p{L}])(?:a|an|one)\s+(?!(?:second|third|fourth|fifth|further|another|more)\s)(?:[\p{L}-]+\s+){0,2}?(?:body|corpse)\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|later\s+)?(?:found|discovered|recovered|retrieved|dumped|pulled)(?![\p{L}])/u;

/** One dead where an English clause (matching form) tells a single body found, else null. */
export function oneBodyFound(text: string): 1 | null {
  return ONE_BODY.test(text) ? 1 : null;
}
