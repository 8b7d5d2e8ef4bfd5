// A roundup's lead toll, told of several events at once, is no event that happens somewhere.
import type { Language } from '../../content/schema.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { countryWideToll } from './country-wide.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import type { Building } from '../incidents/incident-types.js';
import { NAMES_SEVERAL_EVENTS } from './lead-names-events.js';
import { SEVERAL_EVENTS } from './lead-totals.js';
import { matchView } from '../reading/view.js';

/**
 * A toll told, with no place, of several events or of the whole country ("in recent violence", "في
 * هجمات متفرقة"); or one told unsplit of a series of blows in one city ("قتل وأصيب 25 شخصاً في سلسلة
 * تفجيرات ضربت أحياء الموصل"): a count of dead and wounded together is no first item's toll, whose
 * own split figures would fill it.
 */
export function roundupLead(lead: Building | undefined, lang: Language): boolean {
  if (!lead || lead.sentences.length !== 1) return false;
  const view = matchView(lead.source).text;
  if (lead.place?.governorate)
    return lead.checks.some((c) => c.reason === 'casualties-unsplit') && SEVERAL_EVENTS.test(view);
  return SEVERAL_EVENTS.test(view) || NAMES_SEVERAL_EVENTS.test(view) || countryWideToll(lead.source, lang);
}

/**
 * "At least nine people were killed in recent violence. Iraqi forces also killed militants near
 * Qayara.", then a paragraph "In Mosul, militants executed three men": the lead's toll sums the
 * items told after it, so the place a later sentence names is that item's, not where the toll fell,
 * and a later paragraph naming a place and a toll of its own is the next item, though the item
 * before counted no one ("قتل سبعة أشخاص في هجمات متفرقة. وفي بعقوبة، …").
 */
export function nextRoundupItem(
  lead: Building,
  current: Building,
  facts: ClauseFacts,
  sentence: number,
  paragraph: number,
): boolean {
  if (current.sentences.includes(sentence) || !facts.place?.governorate) return false;
  if (current === lead) return true;
  return paragraph !== current.paragraph && hasCasualties(facts);
}
