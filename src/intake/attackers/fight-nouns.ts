// The words that name a fight between two sides, kept in one place so that every rule reading
// "اشتباكات", "خلال المعارك", "جراء الاقتتال", "in the clashes" or "a gunfight" knows the same fights
// and the same ways of placing dead in them.
import { L, anyOf } from '../reading/word-pattern.js';

/** The Arabic nouns of a fight between two sides, without the article: "اشتباكات", "معارك". */
export const FIGHT_NOUNS_AR = ['اشتباك', 'اشتباكات', 'معارك', 'معركة', 'مواجهات', 'اقتتال'] as const;

/** The fight nouns with and without the article, as token readers compare a word (clitic removed). */
export const FIGHT_WORDS_AR: readonly string[] = FIGHT_NOUNS_AR.flatMap((noun) => [noun, `ال${noun}`]);

/** The fight nouns with the article: "الاشتباكات", "المعارك" (a fight named back). */
export const FIGHT_NOUNS_DEFINITE_AR: readonly string[] = FIGHT_NOUNS_AR.map((noun) => `ال${noun}`);

/** "في", "خلال", "جراء": the prepositions that place dead or wounded in a fight. */
export const IN_FIGHT_PREPOSITIONS_AR = ['في', 'خلال', 'أثناء', 'إثر', 'جراء'] as const;

/**
 * "خلال الاشتباكات", "أثناء المعارك", "جراء الاقتتال" (pattern source, matching form): a fight placed
 * by its definite noun — the fight just told, named back, not a new one ("في اشتباكات مع…").
 */
export const FIGHT_NAMED_BACK_AR = `(?<!${L})${anyOf(IN_FIGHT_PREPOSITIONS_AR)}\\s+${anyOf(FIGHT_NOUNS_DEFINITE_AR)}(?!${L})`;

/**
 * The English nouns of a fight between two sides (pattern source, no word boundaries): "fighting",
 * "clashes", "a battle", "gunfights", "a gun battle", "a firefight", "a shootout".
 */
export const FIGHT_NOUNS_EN = String.raw`(?:fighting|clash(?:es)?|battles?|(?:gun|fire)\s?(?:battle|fight)s?|shootouts?)`;
