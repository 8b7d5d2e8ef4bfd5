// "وأسفر عن سقوط العشرات بين قتيل وجريح", "dozens were killed or wounded": dead and wounded told
// together and with no number: a toll all the same, only uncounted and unsplit.
import { L, anyOf } from '../reading/word-pattern.js';
import { AR_VAGUE_WORDS, EN_VAGUE } from './vague-dead.js';

/** A quantity with no number: "العشرات", "عشرات", "المئات", "العديد", "عدد". */
const AR_MANY = anyOf([...AR_VAGUE_WORDS, 'العديد', 'عدد']);
/** Who are counted, between the quantity and the pair: "من الأشخاص", "من الزوار". */
const AR_OF_WHOM = `(?:\\s+${anyOf(['من'])}\\s+\\p{L}+)?`;
/** The pair of dead and wounded: "بين قتيل وجريح", "بين قتلى وجرحى", "بين قتيل ومصاب". */
const AR_PAIR = `${anyOf(['بين'])}\\s+${anyOf(['قتيل', 'قتلى'])}\\s+${anyOf(['وجريح', 'وجرحى', 'ومصاب', 'ومصابين'])}`;
/** The quantity before the two nouns: "عشرات القتلى والجرحى". */
const AR_MANY_DEAD_AND_WOUNDED = `${anyOf(['عشرات', 'مئات'])}\\s+${anyOf(['القتلى'])}\\s+${anyOf(['والجرحى', 'والمصابين'])}`;
const EN_MANY = `${EN_VAGUE}(?: of (?:people|civilians|pilgrims|worshippers))?`;
const EN_PAIR = '(?:were |being )?(?:killed|dead) (?:or|and) (?:wounded|injured)';

const UNCOUNTED_UNSPLIT = new RegExp(
  `(?<!${L})(?:${AR_MANY}${AR_OF_WHOM}\\s+${AR_PAIR}|${AR_MANY_DEAD_AND_WOUNDED}|${EN_MANY} ${EN_PAIR})(?!${L})`,
  'iu',
);

/**
 * The clause (in matching form) tells dead and wounded together with no number ("سقوط العشرات بين
 * قتيل وجريح"): its event is one of its own with casualties, not background, though they stay
 * uncounted.
 */
export const tellsUncountedUnsplit = (matchText: string): boolean => UNCOUNTED_UNSPLIT.test(matchText);
