// Whether a lead's clause counts casualties itself, or its incident took them from an item after it.
import type { Language } from '../../content/schema.js';
import { findCasualties } from '../casualties/casualties.js';
import { matchView } from '../reading/view.js';

/**
 * The clause gives a figure of its own, of victims or of attackers ("مقتل 25 إرهابياً بضربات جوية
 * وكمين"), not a lead with none ("شهدت درعا سلسلة من عمليات الاغتيال"), whose incident took the
 * figures of the first item told after it.
 */
export function tollOfItsOwn(clause: string, lang: Language): boolean {
  const own = findCasualties(matchView(clause), lang);
  return own.killed !== null || own.wounded !== null || own.attackersKilled !== null;
}
