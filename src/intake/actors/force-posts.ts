// A force named as the owner of a post in English word order: the post's force is the one hit.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "a suicide bomber blew himself up at an army checkpoint", "a roadside bomb hit an SDF patrol": a
 * force's name before the post, convoy or vehicle it held names who was attacked there, as "a
 * checkpoint of the army" does.
 */
const POST_AFTER = new RegExp(
  `^\\s*(?:checkpoints?|posts?|outposts?|bases?|patrols?|convoys?|vehicles?|positions?|headquarters|barracks|stations?)(?!${L})`,
  'u',
);

export function postAfter(text: string, end: number): boolean {
  return POST_AFTER.test(text.slice(end, end + 16));
}

/** "a checkpoint manned by Turkish-backed rebels", "a post guarded by tribal fighters": the men of the post hit. */
const MANNED_BEFORE = /(?:manned|guarded|staffed|defended)\s+by\s+(?:the\s+)?$/u;

export function mannedBefore(text: string, start: number): boolean {
  return MANNED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * "عبوة ناسفة استهدفت حافلة مبيت تابعة لقوات النظام" (a bomb hit a bus belonging to regime forces), "a
 * bomb hit a vehicle belonging to the army": the force that owns the vehicle or post hit is the one
 * hit, as "a patrol of the army" is (a cell or gunmen "belonging to" a group are its doers: only
 * vehicles and posts are read so).
 */
const OWNED_BEFORE = new RegExp(
  `(?<!${L})[وبل]?(?:${anyOf(['حافلة', 'حافلات', 'عجلة', 'عجلات', 'سيارة', 'آلية', 'آليات', 'دورية', 'رتل', 'نقطة', 'حاجز', 'مقر', 'موقع', 'مركز', 'ثكنة'])})(?:\\s+[^\\s،,.]+){0,2}?\\s+(?:${anyOf(['التابعة', 'تابعة', 'التابع', 'تابع'])})\\s+$|(?<!${L})(?:vehicles?|bus(?:es)?|cars?|trucks?|posts?|checkpoints?|convoys?|patrols?|positions?)\\s+(?:belonging\\s+to|owned\\s+by)\\s+(?:the\\s+)?$`,
  'u',
);

export function ownedBefore(text: string, start: number): boolean {
  return OWNED_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}
