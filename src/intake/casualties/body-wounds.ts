// "the body of a man … was found with gunshot wounds": the wounds a body bore tell how that one died,
// not that anyone was hurt.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

/** A body or bodies found, told before the wounds: "the body of a man was found", "police found two bodies". */
const BODY = '(?<![\\p{L}])(?:body|bodies|corpse|corpses)(?![\\p{L}])';
const FOUND = '(?<![\\p{L}])(?:found|discovered|recovered|retrieved|dumped)(?![\\p{L}])';
const BODY_FOUND = new RegExp(`${BODY}[^.;]*?${FOUND}|${FOUND}[^.;]*?${BODY}`, 'u');
/** What the body bore, right before the noun: "with gunshot", "bearing signs of torture and stab". */
const BORE = /(?<![\p{L}])(?:with|bearing|showing)(?:\s+[\p{L}-]+){0,5}\s*$/u;

/**
 * The casualty noun "wounds" (or "injuries") at `cueAt` of the clause (in matching form) is what a body
 * found bore: "In Mosul, the body of a man … was found with gunshot wounds", "police found two bodies
 * bearing stab wounds". Not "a boy was taken to hospital with gunshot wounds": no body there.
 */
export function woundsOfTheDead(matchText: string, cue: string, cueAt: number): boolean {
  if (cue !== 'wounds' && cue !== 'injuries') return false;
  const before = matchText.slice(0, cueAt);
  return BORE.test(before) && BODY_FOUND.test(before);
}

/** A body, or bodies, named by the noun: "جثة", "جثث", "جثمان", "جثتي". */
const BODY_AR = /^(?:[وف]?[بل]?)(?:جث[ةه]|جثث|جثت(?:ين|ان|ا|ي)|جثمان|جثامين)$/u;

/** How far after the body noun the wound may be named: "جثة شاب مصاب", "جثة أحد المتظاهرين مصاباً". */
const BODY_REACH = 3;

/**
 * "استقبل المستشفى جثة شاب مصاب بطلق ناري في الرأس": the casualty noun at token `at` describes the
 * dead whose body is named just before it — how that one was hit, not someone wounded.
 */
export function woundOfTheBody(tokens: readonly Token[], at: number): boolean {
  if ((tokens[at]?.word ?? '').startsWith('و')) return false;
  const described = pastAgeBefore(tokens, at);
  for (let j = described - 1; j >= Math.max(0, described - BODY_REACH); j--) {
    const word = tokens[j]?.word ?? '';
    if (BODY_AR.test(word)) return true;
    // ("جثة رجل وثلاثة مصابين": others joined after the body, counted apart)
    if (/^[و\p{N}]/u.test(word)) return false;
  }
  return false;
}

const IN = normalizeForMatch('في');
const OF = normalizeForMatch('من');
const AGE = normalizeForMatch('العمر');
/** How many words an age in years or decades may take: "في العقد الثالث من العمر", "في الخمسين من العمر". */
const AGE_REACH = 5;

/**
 * Where the age told of the dead right before `at` begins ("جثة شاب في العقد الثالث من العمر مصاباً":
 * the age is the body's description, and the wound after it still the body's), else `at`.
 */
function pastAgeBefore(tokens: readonly Token[], at: number): number {
  if (tokens[at - 1]?.word !== AGE || tokens[at - 2]?.word !== OF) return at;
  for (let j = at - 3; j >= Math.max(0, at - AGE_REACH); j--) if (tokens[j]?.word === IN) return j;
  return at;
}
