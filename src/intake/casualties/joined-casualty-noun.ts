// A casualty told by its verbal noun joined by "و": a new item of the toll, not a verb with a subject.
import { normalizeForMatch } from '../../text/normalize.js';

/** "وإصابة", "وجرح", "ومقتل": the noun of wounding or killing, "and" before it. */
const JOINED_CASUALTY_NOUNS = new Set(['وإصابة', 'وجرح', 'ومقتل', 'واستشهاد'].map(normalizeForMatch));

/**
 * The word (in matching form) starts the next item of a toll by the noun of its casualty ("مقتل مختار
 * قرية ونجله وإصابة ثلاثة"): what comes before it is no subject of a verb of its own, as it would be
 * before "وأصيبت" ("، وزوجته أصيبت").
 */
export const joinedCasualtyNoun = (word: string): boolean => JOINED_CASUALTY_NOUNS.has(word);
