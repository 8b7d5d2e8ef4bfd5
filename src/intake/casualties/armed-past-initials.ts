// "Clashes since Sunday have killed 14 IS jihadists and six regime fighters": the armed men counted
// past their group's initials or name, the other side joined after them — both sides of the fight.
import type { Token } from '../reading/tokens.js';
import type { MatchView } from '../reading/view.js';
import { isGroupInitials } from '../reading/group-initials.js';
import { ATTACKERS } from './casualty-words.js';
import type { CountPhrase } from './casualty-phrase.js';
import { armedPastGroupName } from './group-before-armed.js';

/**
 * The count names armed men past the group's initials, "IS" in capitals (which the lower-cased view
 * reads as the verb "is"), or past a group's name ("ISIS fighters", group-before-armed.ts): armed men
 * counted all the same, as "14 jihadists" would be — so a fight's other side joined after them by
 * "and" is read as it is after "jihadists" (fight-toll.ts otherSideJoined).
 */
export function armedPastInitials(view: MatchView, tokens: readonly Token[], phrase: CountPhrase): boolean {
  if (armedPastGroupName(tokens, phrase)) return true;
  if (!isGroupInitials(view, tokens[phrase.next])) return false;
  const noun = tokens[phrase.next + 1]?.word ?? '';
  return ATTACKERS.has(noun) || (noun.endsWith('s') && ATTACKERS.has(noun.slice(0, -1)));
}
