// "About an hour later, a second bomber struck a vegetable market": each bomber who sets off his
// charge is a blast of his own.
import { L } from '../reading/word-pattern.js';

/**
 * "another bomber", "a second suicide bomber", "a third attacker" told setting off a blast (CUES.another):
 * another event. Not one shot dead before he could ("Soldiers shot dead a third bomber before he could
 * set off his belt" is part of the attack just told).
 */
export const BOMBER_STRUCK = `(?<!${L})(?:another|a second|a third)\\s+(?:suicide\\s+)?(?:bomber|attacker)\\s+(?:then\\s+|later\\s+)?(?:struck|detonated|blew|set off|exploded|hit|targeted|attacked)(?!${L})`;
