// Where the one who tells the news sits is not where the event happened.

/**
 * "A health official in Baquba, speaking on condition of anonymity, put the death toll at nine":
 * the town after a teller ("an official in", "a police source in", "doctors at") is the teller's.
 */
const TELLER_AT =
  /(?<![\p{L}])(?:officials?|sources?|spokes(?:man|woman|person)|doctors?|medics?|officers?|mayor|governor)\s+(?:in|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/** The text with the tellers' places blanked (English; same length, offsets keep). */
export function withoutTellerPlaces(text: string): string {
  return text.replace(TELLER_AT, (m) => ' '.repeat(m.length));
}
