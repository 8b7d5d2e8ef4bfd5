// What people were doing when the blow fell: "…, as workers were preparing bread", no forces getting ready.
import { L } from '../reading/word-pattern.js';

/**
 * "The strike on the market came late on Wednesday, as workers were preparing bread for the morning",
 * "the shell fell while the family was getting ready for dinner": a verb of getting ready in a clause
 * set by "as", "while" or "when" after the blow tells what its victims were doing at the time, not
 * forces readying an offensive still to come (preparations.ts) — the main clause's blow stands.
 */
const AT_THE_TIME = new RegExp(
  `(?<!${L})(?:as|while|when)\\s+(?:[\\p{L}'-]+\\s+){1,3}(?:was|were)\\s+(?:preparing|getting\\s+ready)(?!${L})`,
  'u',
);

/** Where in the clause (matching form) a verb of getting ready is only what was going on at the time. */
export function preparingAtTheTime(matchText: string): { start: number; end: number } | null {
  const m = AT_THE_TIME.exec(matchText);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
