// "IS" in capitals: the Islamic State's initials, which the lower-cased view reads as the verb "is".
import type { Token } from './tokens.js';
import type { MatchView } from './view.js';

/**
 * "a suicide attack claimed by IS killed seven people": the token is the group's initials as the
 * article writes them, in capitals, not a form of "be" (which body text never capitalises whole).
 */
export function isGroupInitials(view: MatchView, token: Token | undefined): boolean {
  return !!token && token.word === 'is' && view.sourceSpan(token.start, token.end).text === 'IS';
}
