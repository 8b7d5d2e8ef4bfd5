// Verbs of dying beside the casualty cues: the feminine and the dual, and "passed away".
import { CUES } from '../events/event-cues.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { NEUTRALISED } from './neutralised.js';
import { AR_TENS, AR_UNITS } from '../reading/number-words.js';
import { LOST_FIGHTERS_AR } from './lost-fighters.js';
import { LOST_WHILE_EN } from './lost-while-en.js';
import { SUBJECT_WORD_AR } from './quoted-subject.js';

/**
 * "فارق رجل مسن يبلغ من العمر 70 عاماً الحياة": the verb first, its subject between it and "الحياة"
 * (a few words at most): the verb is the cue, and the one after it the dead, as after "توفي رجل".
 * Only someone new, named indefinite: "فارق شقيقه الحياة", "فارق أحد الجرحى الحياة", "فارق الجريح
 * الحياة" tell again one counted already (as wounded: tolls/wounded-died/ reads those); so does
 * "one of them" ("فارق أحدهما الحياة"), one of those told before.
 */
const TOLD_BEFORE = `(?:ال|${anyOf(['أحد', 'إحدى', 'أحدهما', 'إحداهما', 'أحدهم', 'إحداهم', 'إحداهن'])}(?!${L})|(?:${anyOf(['شقيق', 'شقيقت', 'نجل', 'ابن', 'ابنت', 'زوج', 'زوجت', 'والد', 'والدت', 'أخي', 'أخ', 'أخت', 'عم', 'خال', 'حفيد', 'صديق', 'رفيق', 'مرافق'])})(?:${anyOf(['ه', 'ها', 'هم', 'هما'])})(?!${L}))`;
const VERB_FIRST_PASSED_AWAY = `(?:${anyOf(['فارق', 'فارقت'])})(?=\\s+(?!${TOLD_BEFORE})(?:[^\\s،,.]+\\s+){1,8}?${anyOf(['الحياة'])}(?!${L}))`;

/**
 * "فقد طفلان حياتهما", "رجل فقد حياته": to lose one's life is to die, the verb first or after its
 * subject, "حياة" with the pronoun of the ones who died (a few words at most between).
 */
const LOST_LIFE = `(?:${anyOf(['فقد', 'فقدت', 'فقدا', 'فقدتا', 'فقدوا', 'فقدن'])})(?=\\s+(?:[^\\s،,.]+\\s+){0,8}?${anyOf(['حياته', 'حياتها', 'حياتهما', 'حياتهم', 'حياتهن'])}(?!${L}))`;

/**
 * "فقدت القرية ستة من أبنائها", "خسرت الفصائل تسعة من مقاتليها", "the tribe lost three of its men": a
 * community or a force that lost (or lost in a fight, "خسر") so
 * many of its own has that many dead, the count after the verb as after "قتل" (only so: "فقدت
 * الاتصال", "lost control" lose no one).
 */
const OWN_PEOPLE_AR = `(?:${anyOf(['أبنائ', 'عناصر', 'مقاتلي', 'أفراد', 'رجال', 'سكان', 'أهالي', 'منتسبي'])})(?:${anyOf(['ه', 'ها', 'هم', 'هما'])})`;
/**
 * "the army lost four soldiers in the fighting", "the rebels lost 11 fighters in the battle": a force
 * that lost so many of its men in the fight told has that many dead (not "lost two tanks", nor "has
 * lost 44 soldiers since it entered Syria", a tally of a war).
 */
const LOST_MEN_EN = `\\s+(?:[^\\s,.;]+\\s+){1,3}?(?:soldiers?|fighters?|troops|men|members?|policem[ae]n|officers?|personnel|guards?)\\s+(?:in|during)\\s+(?:the|an?)\\s+(?:[\\p{L}-]+\\s+)?(?:fighting|clash(?:es)?|battle|assault|attack|gunfight|firefight|gun\\s+battle|shootout)(?!${L})`;
/** "فقدت القوات الاتصال بثلاثة من عناصرها": touch lost, not lives. */
const LOST_TOUCH = `(?:${anyOf(['الاتصال', 'الاتصالات', 'السيطرة', 'أثر'])})`;
// (the cue takes in a subject told after the verb, so that the count stands right after it; a
// count from 11 to 19 is two words, "فقدت ثلاثة عشر من مقاتليها")
const TEEN_AR = `(?:\\s+${anyOf(['عشر', 'عشرة'])})?`;
// ("خسر" is read only as told now: "وكانت الميليشيا قد خسرت 9 من عناصرها في نيسان الماضي" is the
// pluperfect of an earlier event, which the clause's own month does not yet part from the event told)
const LOST_VERB_AR = `(?:${anyOf(['فقد', 'فقدت', 'فقدوا', 'فقدا', 'فقدتا'])}|(?<!${anyOf(['قد'])}\\s)${anyOf(['خسر', 'خسرت', 'خسروا'])})`;
const LOST_OF_OWN_AR = `${LOST_VERB_AR}(?!\\s+(?:[^\\s،,.]+\\s+)?${LOST_TOUCH})${SUBJECT_WORD_AR}{0,2}?(?=\\s+[^\\s،,.]+${TEEN_AR}\\s+${anyOf(['من'])}\\s+${OWN_PEOPLE_AR}(?!${L}))`;
const LOST_OF_OWN_EN = `(?:lost|loses|lose)(?=\\s+(?:[^\\s,.;]+\\s+){1,3}?of\\s+(?:its|their|his|her)\\s+(?:own\\s+)?(?:sons|men|residents|fighters|members|soldiers|people|villagers)(?!${L})|${LOST_MEN_EN})`;

/**
 * "استشهدت امرأة", "طفلان استشهدا", "اثنان من الرعاة لقيا حتفهما" (the dual of "met their death"), "مواطنة فارقت الحياة", "توفيت طفلة", "ارتقت امرأة", "قضت طفلة", "فقد طفلان
 * حياتهما": the dead are the verb's subject, in every person and number ("فارق الحياة" is "passed away", said of the one who died;
 * "قضت المحكمة", the court ruled, is no death: non-events.ts).
 */
const DYING_AR = `(?<!${L})[وف]?(?:(?:${anyOf(['استشهدت', 'استشهدا', 'استشهدتا', 'توفيت', 'توفيا', 'توفوا', 'توفين', 'قضيا', 'قضت', 'قضتا', 'ارتقت', 'ارتقيا', 'ارتقتا', 'ارتقين'])})|(?:${anyOf(['فارق', 'فارقت', 'فارقا', 'فارقتا', 'فارقوا'])})\\s+${anyOf(['الحياة'])}|(?:${anyOf(['لقيا', 'لقيتا'])})\\s+${anyOf(['حتفهما'])}|${VERB_FIRST_PASSED_AWAY}|${LOST_LIFE})(?!${L})`;

/**
 * "أسفرت العمليات عن القضاء على أكثر من 120 إرهابياً": the noun of eliminating, its object the dead as
 * the verb's is ("قضت على 14 إرهابياً"); only before a count ("القضاء على الإرهاب" kills no one).
 */
const ELIMINATING_AR = `(?<!${L})[وف]?(?:ب|بال|ال)?${anyOf(['قضاء'])}\\s+${anyOf(['على'])}(?=\\s+(?:[^\\s،,.]+\\s+){0,2}?(?:\\d|(?:${[...Object.keys(AR_UNITS), ...Object.keys(AR_TENS)].join('|')})(?!${L})))`;

/**
 * "فيما سقط 9 من مقاتلي الفصائل", "وسقط ثلاثة من عناصر الشرطة": men of a force fell, counted by the
 * partitive right after the verb — fell dead, as "قتل" tells (not "سقط 9 من مقاتليها بين قتيل وجريح",
 * dead and wounded unsplit, nor those who fell captive or into an ambush, nor the wounded).
 */
const FELL_OF_FORCE_AR = `(?:${anyOf(['سقط', 'وسقط'])})(?=\\s+[^\\s،,.]+${TEEN_AR}\\s+${anyOf(['من'])}\\s+(?:${anyOf(['مقاتلي', 'عناصر', 'جنود', 'أفراد', 'منتسبي', 'مسلحي'])})(?!${L})(?![^،,.]*?(?<!${L})(?:${anyOf(['بين', 'جرحى', 'جريح', 'مصابين', 'أسرى', 'الأسر', 'أسيرا', 'قبضة', 'كمين'])})(?!${L})))`;

/**
 * The casualty cues of the dead, with the verbs of dying and of losing one's own above (and men
 * lost counted: lost-fighters.ts; men lost told after "while": lost-while-en.ts), the noun of
 * eliminating, men of a force who fell, and a party's "neutralised" (neutralised.ts).
 */
export const KILLED_CUES = new RegExp(
  `${CUES.killed.source}|${DYING_AR}|${ELIMINATING_AR}|(?<!${L})${FELL_OF_FORCE_AR}(?!${L})|(?<!${L})[وف]?${LOST_OF_OWN_AR}(?!${L})|${LOST_FIGHTERS_AR}|(?<!${L})${LOST_OF_OWN_EN}(?!${L})|${LOST_WHILE_EN}|${NEUTRALISED}`,
  'gu',
);

/** Verbs that only say someone died (no one is their object): the one named right before is the dead. */
const DIED_ONLY = new RegExp(
  `^[وف]?(?:${anyOf(['استشهد', 'استشهدت', 'توفي', 'توفيت', 'فارق', 'فارقت'])})(?:\\s|$)`,
  'u',
);

/** "مواطنة فارقت الحياة", "طفل استشهد": the cue says only that someone died. */
export function diesOnly(cue: string): boolean {
  return DIED_ONLY.test(cue.trim());
}
