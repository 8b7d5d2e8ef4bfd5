// A clause that kills its own victim and then tells of his body: the body is of that victim.
import { findCasualties } from '../casualties/casualties.js';
import type { Language } from '../../content/schema.js';
import { matchView } from '../reading/view.js';
import { definiteBodiesAt } from './bodies-again.js';

/**
 * "قتل شاب برصاص مسلحين مجهولين في قرية X أمس، حيث عثر ذووه على جثته قرب الطريق", "a farmer was
 * shot dead in his field, and his body was found at dawn": the clause counts its own dead before it
 * names the body definite, so the body is of the one it has just counted, not of the dead the
 * article told before (bodies-again.ts reads "جثته", "the body" alone as those). `text` is the
 * clause as written. False where the clause counts no dead before the body.
 */
export function bodyOfOwnDead(text: string, lang: Language): boolean {
  const view = matchView(text);
  const at = definiteBodiesAt(view.text);
  if (at <= 0) return false;
  const before = text.slice(0, view.sourceSpan(at, at + 1).start);
  return findCasualties(matchView(before), lang).killed !== null;
}
