// The day a fight broke out, told in a clause of its own after the fight's toll.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** The fights a report tells breaking out: a feud, a clash, fighting, a brawl. */
const FIGHTS_AR = [
  'النزاع',
  'نزاع',
  'نزاعا',
  'الاشتباك',
  'اشتباك',
  'اشتباكات',
  'الاشتباكات',
  'المواجهات',
  'مواجهات',
  'القتال',
  'قتال',
  'المعركة',
  'معركة',
  'الشجار',
  'شجار',
  'العراك',
  'عراك',
];
/** What a fight is said to be: "نزاعاً مسلحاً", "الاشتباكات العشائرية". */
const KINDS_AR = [
  'مسلح',
  'مسلحا',
  'المسلح',
  'مسلحة',
  'المسلحة',
  'عشائري',
  'عشائريا',
  'العشائري',
  'عشائرية',
  'العشائرية',
];
const BROKE_OUT_AR = ['اندلع', 'اندلعت', 'نشب', 'نشبت', 'وقع', 'وقعت'];

const FIGHT_AR = `(?:${anyOf(FIGHTS_AR)})(?:\\s+(?:${anyOf(KINDS_AR)}))?`;

/**
 * "نزاعاً مسلحاً اندلع ليلة الاثنين على الثلاثاء", "اندلعت الاشتباكات مساء أمس": a fight told breaking
 * out. (Not English "the fighting erupted last Monday": wire copy tells so the start of a campaign, not
 * of the blow just told.)
 */
const BROKE_OUT = new RegExp(
  `(?<!${L})${FIGHT_AR}\\s+(?:${anyOf(['قد'])}\\s+)?(?:${anyOf(BROKE_OUT_AR)})(?!${L})|(?<!${L})و?(?:${anyOf(BROKE_OUT_AR)})\\s+${FIGHT_AR}(?!${L})`,
  'u',
);

/**
 * "أفاد مصدر، اليوم الأربعاء، بارتفاع حصيلة النزاع العشائري … إلى ثلاثة قتلى", then "وقال المصدر إن
 * نزاعاً مسلحاً اندلع ليلة الاثنين على الثلاثاء بين عشيرتين": with no casualties of its own, a clause
 * telling a fight breaking out on a day gives the day of the fight just told, where its telling gave
 * only the day it was reported.
 */
export function datesOutbreak(facts: ClauseFacts): boolean {
  return (
    facts.eventDate !== null &&
    facts.casualties.killed === null &&
    facts.casualties.wounded === null &&
    // (nor armed men's dead: "فيما قتل ستة من المسلحين في مواجهات اندلعت مساء الخميس" is the fight's
    // other side, whose day armed-dead-while.ts gives the fight with its toll)
    facts.casualties.attackersKilled === null &&
    BROKE_OUT.test(facts.matchText)
  );
}
