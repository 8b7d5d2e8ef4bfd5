// People displaced by the fighting told: the aftermath of an event, not an event of its own.
import { L, anyOf } from '../reading/word-pattern.js';

/** Leaving home: "نزحت", "نزوح", "فرّت", "fled", "were displaced", "forced to flee". */
const DISPLACED = `(?:${anyOf(['نزح', 'نزحت', 'نزحوا', 'ونزحت', 'ونزح', 'نزوح', 'فرت', 'فر', 'فروا', 'هربت', 'هرب', 'هربوا', 'اضطرت', 'اضطر'])}|fled|flee|fleeing|(?:were|been|was) displaced|forced to (?:flee|leave))`;

/** The fighting by its definite name: "الاشتباكات", "المعارك", "the clashes", "the fighting". */
const THE_FIGHTING = `(?:${anyOf(['الاشتباكات', 'الاشتباك', 'المعارك', 'المواجهات', 'القتال', 'القصف'])}|the (?:clashes|fighting|battles?|shelling|violence))`;

/**
 * "نزحت أكثر من 700 عائلة … خشية تجدد الاشتباكات", "فيما نزحت مئات العائلات من البلدات التي شهدت
 * الاشتباكات", "hundreds of families fled the fighting": people leaving, and after it the fighting
 * by its definite name (the one told, as their cause or where they left) — where they went (a
 * camp, a city) is no place of an event, and the clause tells none of its own. Not "اندلعت اشتباكات
 * أدت إلى نزوح…": there the fighting is told first, as what happened.
 */
const FLED_FIGHTING = new RegExp(`(?<!${L})${DISPLACED}(?!${L}).*?(?<!${L})${THE_FIGHTING}(?!${L})`, 'u');

/** The clause (in matching form) tells only of people displaced by the fighting told. */
export function fledTheFighting(matchText: string): boolean {
  return FLED_FIGHTING.test(matchText);
}
