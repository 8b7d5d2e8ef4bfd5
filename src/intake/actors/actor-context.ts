// Words around an actor's name that make it no side of the event, or only a suspected one (beside actors.ts).
import { anyOf as f } from '../reading/word-pattern.js';

/**
 * No side of the event: an officer who tells it ("Police Colonel Ahmed al-Tamimi said"); the forces
 * of a sweep that followed ("حملة تمشيط … بمشاركة طيران التحالف", "a search operation backed by…");
 * the user of the place hit ("a hangar used by the coalition"); a force of the time's background
 * (", as Kurdish-led forces pressed an offensive", "as police were searching cars").
 */
const TELLER_AFTER =
  /^\s*(?:colonel|col\.?|major|maj\.?|general|gen\.?|brigadier|lieutenant|lt\.?|captain|capt\.?|commander|chief|major general|brigadier general)\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:said|says|told)(?![\p{L}])/u;
const SWEEP_BEFORE = new RegExp(
  `(?:${f(['حملة تمشيط', 'عملية تمشيط', 'عمليات تمشيط', 'حملة دهم', 'عملية بحث', 'تعقب المنفذين', 'تعزيزات'])}|search operation|combing operation|manhunt|reinforcements)[^.،,;]{0,60}$`,
  'u',
);
const USER_BEFORE = /(?:used by|housing|that houses|hosting)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,2}$/u;
const MEANWHILE_BEFORE = /,\s+as\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** "detonated his vest as police were searching cars": the force at its work when it struck, told as the time. */
const AT_WORK = /(?:^|\s)(?:as|while|when)\s+(?:the\s+)?$/u;
const AT_WORK_AFTER = /^\s*(?:was|were)\s+[\p{L}]+ing(?![\p{L}])/u;
/** A second force joined to the first ("قوة من الجيش والحشد باشرت…", "police and army troops cordoned off…"): the verb is both's. */
const PARTNER_AFTER = `(?:و|and\\s+(?:the\\s+)?)[\\p{L}]+(?:\\s+[\\p{L}]+)?\\s+`;
/**
 * The same told verb first, as Arabic does: "طوقت القوات الأمنية مكان الحادث", "وهرعت قوة من
 * الشرطة إلى المكان" — the force came once it was over.
 */
const AFTERMATH_BEFORE = new RegExp(
  `(?<![\\p{L}])[وف]?(?:${f(['طوقت', 'طوق', 'هرعت', 'هرع', 'سارعت', 'باشرت', 'شرعت', 'فرضت', 'فرض'])})\\s+(?:${f(['قوة من', 'قوات من', 'مفرزة من'])}\\s+)?$`,
  'u',
);
/**
 * What a force did once it was over: "قوة من الشرطة فرضت طوقا أمنيا", "باشرت عملية تفتيش لملاحقة
 * المهاجمين", "police cordoned off the area", "launched a search operation": it came after, no side.
 */
const AFTERMATH_AFTER = new RegExp(
  `^\\s*(?:${PARTNER_AFTER})?(?:${f(['فرضت طوقا', 'فرض طوقا', 'فرضوا طوقا', 'طوقت', 'طوق', 'باشرت عملية تفتيش', 'باشرت عملية بحث', 'باشرت بعملية', 'شرعت بعملية', 'بدأت عملية تفتيش', 'نقلت الجرحى', 'أسعفت', 'فتحت تحقيقا', 'فتح تحقيقا', 'تحقق في'])}|(?:(?:had|have|has)\\s+)?(?:cordoned off|sealed off|(?:opened|launched) an (?:investigation|inquiry)|launched a (?:search|combing|manhunt)|began a (?:search|manhunt)|evacuated the (?:wounded|injured)))(?![\\p{L}])`,
  'u',
);

export function noSideAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return (
    TELLER_AFTER.test(text.slice(end, end + 60)) ||
    SWEEP_BEFORE.test(before) ||
    USER_BEFORE.test(before) ||
    MEANWHILE_BEFORE.test(before) ||
    (AT_WORK.test(before) && AT_WORK_AFTER.test(text.slice(end, end + 24))) ||
    AFTERMATH_AFTER.test(text.slice(end, end + 56)) ||
    AFTERMATH_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}

/**
 * "مرجحاً أن تكون خلية تابعة لتنظيم داعش وراء الهجوم", "ويرجح أن عناصر التنظيم زرعوه", "الذي يعتقد
 * أنه ينتمي إلى تنظيم داعش", "officials believe that IS cells were behind it", "blaming IS sleeper
 * cells": suspected, though a few words stand between (the one who holds it likely told between: "ورجح
 * المصدر أن يكون عناصر التنظيم قد زرعوا العبوة"). So is a group blamed, or whose hallmarks the
 * attack bore ("officials blamed IS remnants for it", "it bore the hallmarks of IS"): no claim, no proof.
 */
const SUSPECTED_WIDE = new RegExp(
  `(?:${f(['مرجحا', 'يرجح', 'ترجح', 'رجح', 'رجحت', 'يعتقد', 'يشتبه', 'مرجحين'])})\\s+(?:[^\\s.،,]+\\s+){0,3}?(?:${f(['أن', 'أنه', 'أنها', 'أنهم'])})\\s+(?:[^\\s.،,]+\\s+){0,5}$|(?:believe|believed|suspect|suspected)\\s+(?:that\\s+)?(?:[^\\s.,]+\\s+){0,5}$|(?<![\\p{L}])blam(?:e|es|ed|ing)\\s+(?:[^\\s.,]+\\s+){0,4}$|(?<![\\p{L}])(?:hallmarks? of|signature of)\\s+(?:the\\s+)?$`,
  'u',
);

export function suspectedAt(text: string, start: number): boolean {
  return SUSPECTED_WIDE.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * "قتل مسلحون مجهولون صاحب متجر", "اغتال مسلحون مختار القرية": a person named right after the gunmen,
 * whose case unvoiced text does not show, is their object — they killed, they did not die.
 */
const PERSON_AFTER = new RegExp(
  `^\\s*(?:${f(['صاحب', 'بائع', 'مختار', 'شيخ', 'طبيب', 'معلم', 'مدرس', 'موظف', 'سائق', 'راعي', 'تاجر', 'صحفي', 'ناشط', 'عضو', 'رئيس', 'مدير', 'ضابط', 'منتسب', 'شرطي', 'جندي', 'مواطن', 'مدني', 'رجل', 'امرأة', 'شاب', 'طفل'])})(?![\\p{L}])`,
  'u',
);

export function objectPersonAfter(text: string, end: number): boolean {
  return PERSON_AFTER.test(text.slice(end, end + 24));
}

/**
 * "two IS militants were killed when a bomb they were planting went off", "انفجرت بهم عبوة كانوا
 * يزرعونها": men killed by their own bomb are its doers, though the clause tells them as the dead.
 */
const OWN_BOMB = new RegExp(
  `(?:${f(['كانوا يزرعونها', 'كان يزرعها', 'كانا يزرعانها', 'كانوا يعدونها', 'كانوا ينقلونها', 'أثناء زرعهم', 'أثناء زرعه', 'أثناء زرعهما', 'خلال زرعهم', 'خلال محاولتهم زرع', 'انفجرت بهم', 'انفجر بهم', 'انفجرت بهما', 'قبل أوانها', 'قبل أوانه'])})(?![\\p{L}])|(?<![\\p{L}])(?:(?:they|he) (?:was|were) (?:planting|laying|making|preparing|assembling|carrying|transporting)|went off prematurely|exploded prematurely|detonated prematurely|(?:their|his) own (?:bomb|explosives?|device|vest|belt)s?)(?![\\p{L}])`,
  'u',
);

export function ownBombIn(text: string): boolean {
  return OWN_BOMB.test(text);
}
