// "زوج الضحية", "ذوو القتلى", "أحد الجرحى": a casualty noun with the article names victims told already.

/**
 * An Arabic casualty noun that carries the article ("الضحية", "والقتلى", "للجرحى") is definite: it
 * points back at the dead or wounded the article has told, or stands in the genitive of whoever is
 * named before it ("وقال إن سائق السيارة، وهو زوج الضحية، نجا": the victim's husband, who survived).
 * The person noun before it is its owner, not a count of victims. An indefinite noun is the counted
 * one ("5 قتلى", "سقط قتيلان").
 */
export function knownVictims(word: string): boolean {
  return /^[وف]?(?:ال|بال|لل|كال)/u.test(word);
}
