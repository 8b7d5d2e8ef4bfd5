// "خاضت قوة من الجيش اشتباكاً مع مجموعة إرهابية أسفر عن مقتل ثلاثة من الإرهابيين واستشهاد جندي":
// a fight as the subject of its result, both sides' dead counted after it — the fight's toll.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/**
 * A fight named, then the verb of its result right before the killing cue (matching form): "اشتباكاً
 * مع مجموعة إرهابية في بساتين القضاء، أسفر عن", "معارك شوارع مع عناصر التنظيم، أسفرت عن", "الاشتباكات
 * أدت إلى", its verb joined on by "و" after the fight's span ("اشتباكات … استمرت قرابة ساعة، وأسفرت عن"),
 * the span told at length (between whom, where, in what operation, how long) as far as a sentence's
 * clause or two runs. The fight, not one side, is what killed both counts that follow.
 */
export const FIGHT_RESULTED = new RegExp(
  `(?<!${L})[وفبل]?(?:ال)?(?:${anyOf(['اشتباك', 'اشتباكا', 'اشتباكاً', 'اشتباكات', 'معارك', 'معركة', 'مواجهات', 'اقتتال'])})(?!${L})[^.؛;]{0,200}?(?<!${L})[وف]?(?:${anyOf(['أسفر', 'أسفرت', 'أدى', 'أدت', 'خلف', 'خلفت'])})\\s+(?:${anyOf(['عن', 'إلى', 'الى'])})\\s*$`,
  'u',
);

/**
 * "واستمرت نحو ثلاث ساعات،", "ودامت حتى الفجر،": a clause opening on how long the fight told before it
 * went on — the same fight, its subject left unsaid (matching form).
 */
const CONTINUED = new RegExp(
  `${CLAUSE_HEAD}[وف]?(?:${anyOf(['استمرت', 'استمر', 'دامت', 'دام', 'امتدت', 'امتد', 'تواصلت', 'تواصل'])})(?!${L})`,
  'u',
);

/**
 * An attack, an ambush or a bomb told in the clause before the dead, or the dead named as its
 * doers ("المهاجمين", "الانتحاريين"): a blow whose attackers' dead are kept apart from its victims,
 * though clashes followed it (doers-dead.ts).
 */
export const BLOW = new RegExp(
  `(?<!${L})[وفبل]?(?:ال)?(?:${anyOf(['هجوم', 'هجوما', 'هجوماً', 'هجمات', 'هاجم', 'هاجمت', 'هاجموا', 'كمين', 'كميناً', 'كمينا', 'تفجير', 'انتحاري', 'انتحاريين', 'انتحاريون', 'مهاجمين', 'مهاجمون', 'مفخخة'])})(?!${L})`,
  'u',
);

/**
 * Whether both sides' dead counted in the clause (matching form) after the killing cue at `cueAt`
 * are a fight's toll: the fight the subject of the result the cue opens, and no blow told as such
 * anywhere in the clause. (fight-toll.ts reads English copy told so; Arabic copy that counts the
 * militants and the troops after "أسفرت عن" sums them as the same.)
 */
export function fightResultedIn(clause: string, cueAt: number, before = ''): boolean {
  if (FIGHT_RESULTED.test(clause.slice(0, cueAt))) return !BLOW.test(clause);
  // ("اشتباكات عنيفة اندلعت … بين قوة من الشرطة ومسلحين، خلال عملية دهم،" then "واستمرت نحو ثلاث
  // ساعات، أسفرت عن مقتل": the clause goes on telling the fight its sentence opened with, the fight
  // still the subject of the result — read over both, no blow told in either)
  const told = `${before} ${clause}`;
  return (
    CONTINUED.test(clause) &&
    FIGHT_RESULTED.test(told.slice(0, before.length + 1 + cueAt)) &&
    !BLOW.test(told)
  );
}
