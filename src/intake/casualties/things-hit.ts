// "ذكر الجيش أن طائراته أصابت أهدافاً إرهابية": a verb of hitting whose object is targets, no one wounded.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

/** Targets and positions, the things a strike "hits" ("أصابت أهدافها", "إصابة مواقع"). */
const TARGETS = new Set(
  ['أهداف', 'أهدافا', 'هدفا', 'أهدافها', 'أهدافه', 'مواقع', 'موقعا'].map(normalizeForMatch),
);

/**
 * Whether the word at `at`, read as a casualty verb's object, is a target hit: the words after it
 * ("أهدافاً إرهابية": "terrorist" as its adjective) describe the target, no person counted.
 */
export function targetHitAt(tokens: readonly Token[], at: number): boolean {
  return TARGETS.has(tokens[at]?.word ?? '');
}
