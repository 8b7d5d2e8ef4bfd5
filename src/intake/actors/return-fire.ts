// A force that answered the fire was the one fired on.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "Army units operating in the area responded to the sources of fire", "وردت القوات على مصادر
 * النيران": who fired back had been fired on; the blow told is the other side's.
 */
const RETURNS_FIRE_AFTER = new RegExp(
  `^(?:\\s+[\\p{L}]+){0,6}?\\s+(?:responded to the sources? of (?:the )?fire|returned (?:the )?fire|${f(['ردت على مصادر', 'ردت على مصدر', 'رد على مصادر', 'ردوا على مصادر'])})(?!${L})`,
  'u',
);

export function returnsFireAfter(text: string, end: number): boolean {
  return RETURNS_FIRE_AFTER.test(text.slice(end, end + 64));
}
