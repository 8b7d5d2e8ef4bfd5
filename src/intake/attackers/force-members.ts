// The words that count people as members of a force or a tribe: a side of a fight by one member.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "while a soldier was killed", "فيما استشهد شرطي", "ثلاثة من أبناء العشائر": dead counted as members
 * of a force or a tribe, though the actor tables name no side by one member — a side of the fight
 * all the same. (Wounded told so beside a fight with the attackers are the force's: pursuers-hurt.ts.)
 */
export const FORCE_MEMBERS = new RegExp(
  `(?<!${L})(?:soldiers?|troops|policem[ae]n|police officers?|officers?|guards?|tribesm[ae]n)(?!${L})|(?<!${L})(?:${anyOf(['جندي', 'جنديان', 'جنديين', 'جنود', 'شرطي', 'شرطيان', 'شرطيين', 'ضابط', 'ضابطان', 'العشائر', 'العشيرة'])})(?!${L})`,
  'u',
);
