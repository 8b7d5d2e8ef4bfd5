// A force named as the owner of a post in English word order: the post's force is the one hit.
import { L } from './word-pattern.js';

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
