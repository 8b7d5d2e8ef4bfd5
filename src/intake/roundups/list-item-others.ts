// "- هجوم بسيارة مفخخة …، أدى إلى مقتل اثنين وإصابة ٦ آخرين": the "others" of a dashed list's item
// are others than its own dead, not more victims of the item before it.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { LIST_ITEM } from './listed-dead.js';

/**
 * An item of a dashed list, after an item of that list, that names its own blow and counts both its
 * dead and its wounded: the next item, though it calls its wounded "others" ("killing two fighters
 * and wounding six others"), for those are others than its own dead. (A clause told "also", or that
 * counts only one kind of hurt, may still be more of the item before: "- كما أصيب ثلاثة آخرون".)
 */
export function listItemOwnOthers(current: Building, facts: ClauseFacts): boolean {
  return (
    facts.additional &&
    facts.eventNamed &&
    facts.casualties.killed !== null &&
    facts.casualties.wounded !== null &&
    LIST_ITEM.test(facts.text) &&
    LIST_ITEM.test(current.source)
  );
}
