// "- سنوني: قتل راعيان يوم السبت …" then "- تلعفر: استهدف طيران التحالف …": the day one item of a
// roundup's list told is that item's alone.
import { LIST_ITEM } from '../roundups/listed-dead.js';

/**
 * The incident opens an item of a list ("- ", "• " at the head of its paragraph), in a paragraph of its
 * own after a dated one: the items of a roundup are told each with its own day or none (the news'), so
 * an undated one takes no day from the item listed before it.
 */
export function listItemOfItsOwn(source: string, paragraph: number, lastParagraph: number): boolean {
  return paragraph !== lastParagraph && LIST_ITEM.test(source);
}
