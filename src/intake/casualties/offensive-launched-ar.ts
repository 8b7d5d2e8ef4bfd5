// "قال إن الهجوم الذي شنته الوحدات من ثلاثة محاور أسفر عن مقتل 17 عنصراً من التنظيم، فيما قتل
// مقاتلان من الوحدات": an attack a side launched at no post or target told by "على" — its offensive,
// a fight between two forces — whose result counts the enemy's dead; the side's own dead, set
// against them by "فيما", are the fight's toll too (side-while-told.ts and fight-result-while.ts
// read the fight from a fight noun; this is the offensive told as the attack its side launched). An
// attack told "على حاجز", "على موقع" is one side's blow at a post: its attackers' dead stay apart.
import type { Token } from '../reading/tokens.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;
const ATTACK_WORDS = ['الهجوم', 'والهجوم', 'الهجمات', 'العملية', 'الحملة'];
const RELATIVE_WORDS = ['الذي', 'التي'];
const LAUNCHED_WORDS = ['شنته', 'شنه', 'شنوه', 'شنتها', 'شنها', 'شنوها', 'نفذته', 'نفذه', 'نفذتها', 'نفذها'];
/** The attack or offensive by its definite noun: "الهجوم", "الهجمات", "العملية". */
const ATTACK = new Set(ATTACK_WORDS.map(f));
/** "الذي شنته", "التي شنتها": the relative and the verb of launching, with the pronoun of the attack. */
const RELATIVE = new Set(RELATIVE_WORDS.map(f));
const LAUNCHED = new Set(LAUNCHED_WORDS.map(f));
/** "على": what the attack was launched at. */
const ON = f('على');

/**
 * The clause's words before the conjunction (`tokens`) tell an attack a side launched ("الهجوم الذي
 * شنته …"), at nothing named by "على" after it.
 */
export function offensiveLaunched(tokens: readonly Token[]): boolean {
  for (let t = 0; t + 2 < tokens.length; t++) {
    if (!ATTACK.has(tokens[t]!.word) || !RELATIVE.has(tokens[t + 1]!.word)) continue;
    if (!LAUNCHED.has(tokens[t + 2]!.word)) continue;
    return !tokens.slice(t + 3).some((token) => token.word === ON);
  }
  return false;
}

/** "الهجوم الذي شنته … أسفر عن", the words between kept to look for "على" (matching form). */
const OFFENSIVE_RESULTED = new RegExp(
  `(?<!${L})${anyOf(ATTACK_WORDS)}\\s+${anyOf(RELATIVE_WORDS)}\\s+${anyOf(LAUNCHED_WORDS)}(?!${L})([^.؛;]{0,160}?)(?<!${L})${anyOf(['أسفر', 'أسفرت', 'أدى', 'أدت', 'خلف', 'خلفت'])}\\s+${anyOf(['عن', 'إلى', 'الى'])}(?!${L})`,
  'u',
);
const ON_WORD = new RegExp(`(?<!${L})${anyOf(['على'])}(?!${L})`, 'u');

/**
 * The clause (matching form) tells the result of an attack a side launched at nothing named by
 * "على": "الهجوم الذي شنته الوحدات من ثلاثة محاور أسفر عن مقتل …" — a fight's result.
 */
export function offensiveResulted(clause: string): boolean {
  const m = OFFENSIVE_RESULTED.exec(clause);
  return m !== null && !ON_WORD.test(m[1]!);
}
