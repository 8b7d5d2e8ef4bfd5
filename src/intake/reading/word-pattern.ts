// The pieces every intake pattern builds its word lists from.
import { normalizeForMatch } from '../../text/normalize.js';

/** A letter or digit: `(?<!${L})word(?!${L})` matches the word alone, in Arabic as in English. */
export const L = '[\\p{L}\\p{N}]';

/**
 * The head of a clause: its start, then only what is neither letter nor digit (spaces, quotes, dashes,
 * a bullet), so a cue written after it must be the clause's first word. Not `^\W*`: with the `u` flag
 * `\W` is "not [A-Za-z0-9_]", Arabic letters included, so `^\W*(?:فيما|…)` finds the cue after any
 * run of Arabic words, anywhere in the clause. A rule whose cue may follow a short lead says so
 * itself (an optional `و`, a few words) after this head.
 */
export const CLAUSE_HEAD = '^[^\\p{L}\\p{N}]*';

/** Words each in the matching form the text is compared in, for plain (not regex) comparison. */
export const matchForms = (words: readonly string[]): string[] => words.map(normalizeForMatch);

/**
 * Words as one regex alternation, each in the matching form the text is compared in. It is a group of
 * its own, so what a pattern writes beside it binds to every word, not only the first or last:
 * `(?:${anyOf(['هذا', 'هذه'])}\\s+)?` reads "this" then a space, whichever word it is.
 */
export const anyOf = (words: readonly string[]): string => `(?:${matchForms(words).join('|')})`;

/** A name taken literally inside a pattern: its regex metacharacters escaped ("al-Qaim (Anbar)"). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The short vowels, tanwin, shadda and sukun Arabic text may write over its letters ("قُتِلَ"). */
const MARKS = '[\\u064B-\\u0652]*';

/**
 * An Arabic word as written, vowelled or not, for patterns run on the article's own text rather than
 * its matching form: "قتل" matches "قتل" and "قُتِل" alike.
 */
export const vowelled = (word: string): string => [...word].map((letter) => letter + MARKS).join('');
