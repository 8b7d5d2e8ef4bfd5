// Two items of a bulleted roundup: two events, however alike their day, district and toll.
import type { Sentence } from '../reading/types.js';

/** A sentence set as an item of a list: a dash or a bullet before its first word. */
const BULLET = /^\s*[-–—•*]\s+\S/u;

/**
 * The sentences of the article that open an item of a bulleted list ("- A man was shot dead …",
 * "- A woman was killed by stray bullets …", "• قتل شاب …"). Sentences are their `index`.
 */
export function bulletSentences(sentences: readonly Sentence[]): Set<number> {
  return new Set(sentences.filter((s) => BULLET.test(s.text)).map((s) => s.index));
}

/**
 * "Four people were killed today: - A man was shot dead near X … - A woman was killed by stray
 * bullets in Y …": a roundup that sets out its events as bullets tells each once, one to a bullet.
 * Two incidents each opened by a bullet of their own are two events, though the gazetteer places
 * both in one district on one day with one dead (a toll too common in a roundup to tell one event
 * by); neither is told again in the other. `bullets`: bulletSentences of the article.
 */
export function bulletItemsApart(
  a: { sentences: readonly number[] },
  b: { sentences: readonly number[] },
  bullets: ReadonlySet<number>,
): boolean {
  const first = (x: { sentences: readonly number[] }): number | undefined =>
    x.sentences.length > 0 ? Math.min(...x.sentences) : undefined;
  const [fa, fb] = [first(a), first(b)];
  return fa !== undefined && fb !== undefined && fa !== fb && bullets.has(fa) && bullets.has(fb);
}
