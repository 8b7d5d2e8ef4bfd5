// A roundup's lead toll, told of several events at once, is no event that happens somewhere.
import type { Language } from '../../content/schema.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { countryWideToll } from './country-wide.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import type { Building } from '../incidents/incident-types.js';
import { NAMES_SEVERAL_EVENTS, SEVERAL_PLACES } from './lead-names-events.js';
import { RECENT_VIOLENCE, SEVERAL_EVENTS } from './lead-totals.js';
import { matchView } from '../reading/view.js';
import { namesOneAnother } from '../places/incident-places.js';
import { spanOf, type Count } from '../reading/count.js';

/**
 * A toll told, with no place, of several events or of the whole country ("in recent violence", "في
 * هجمات متفرقة"); or one told unsplit of a series of blows in one city ("قتل وأصيب 25 شخصاً في سلسلة
 * تفجيرات ضربت أحياء الموصل"): a count of dead and wounded together is no first item's toll, whose
 * own split figures would fill it. So is one placed and told, anywhere in its sentence (`sentence`,
 * in matching form), as falling on several places of one kind ("… على عدة أحياء في مدينة حلب"): the
 * places are its items, told one by one after it.
 */
export function roundupLead(
  lead: Building | undefined,
  lang: Language,
  sentence: string,
  /**
   * Whether every sentence the lead holds is of the paragraph it opened in, and the item weighed after
   * it is told at a spot of the lead's country other than the item before's (spotOfItsOwn).
   */
  itemApartFromOneParagraphLead = false,
): boolean {
  if (!lead) return false;
  const view = matchView(lead.source).text;
  if (itemApartFromOneParagraphLead && provinceRecentViolence(lead, view)) return true;
  if (lead.sentences.length !== 1) return false;
  if (lead.place?.governorate)
    return (
      (lead.checks.some((c) => c.reason === 'casualties-unsplit') && SEVERAL_EVENTS.test(view)) ||
      SEVERAL_PLACES.test(sentence)
    );
  return SEVERAL_EVENTS.test(view) || NAMES_SEVERAL_EVENTS.test(view) || countryWideToll(lead.source, lang);
}

/**
 * "At least 10 people were killed in recent violence in X province. Four more were killed or
 * wounded…": a toll told of a whole province's recent or separate violence sums the items after it,
 * though the lead's paragraph goes on to count more (its other sentences add to the lead, not to an
 * item); one told at a town may be that town's one event. (Not a lead with no toll, nor the wider
 * "شهدت المحافظة سلسلة هجمات", whose first item may be the lead's own event told on.)
 */
const provinceRecentViolence = (lead: Building, view: string): boolean =>
  lead.place?.precision === 'governorate' &&
  (lead.killed !== null || lead.wounded !== null) &&
  RECENT_VIOLENCE.test(view);

/**
 * "Shelling hit X; no one was hurt. In X, residents found three bodies": a sentence at the spot of the
 * item before tells more of that item, not one of its own; nor is one told "In Lebanon, …" (another
 * country than the province's, named at the clause's head) an item the province's toll sums.
 */
export const spotOfItsOwn = (current: Building, facts: ClauseFacts, clauseText: string): boolean =>
  !(current.place?.text && facts.place?.text && namesOneAnother(current.place.text, facts.place.text)) &&
  !NEIGHBOUR_COUNTRY_HEAD.test(clauseText);

/** "In Lebanon,", "في تركيا،": a clause set, at its head, in a country around Syria and Iraq. */
const NEIGHBOUR_COUNTRY_HEAD =
  /^\s*(?:(?:in|across the border in)\s+(?:Lebanon|Turkey|Jordan|Iran|Israel|Saudi Arabia|Kuwait)\s*,|(?:و)?(?:في|ب)\s*(?:لبنان|تركيا|الأردن|الاردن|إيران|ايران|إسرائيل|السعودية|الكويت)\s*[،,])/iu;

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
  if (current.sentences.includes(sentence)) return false;
  if (current === lead && partOfLead(lead, facts)) return true;
  if (!facts.place?.governorate) return false;
  if (current === lead) return true;
  return paragraph !== current.paragraph && hasCasualties(facts);
}

/**
 * "قتل 23 مدنياً … جراء براميل على عدة أحياء", then "وقال المراسل إن برميلين سقطا في حي X، ما أسفر عن
 * مقتل 11": a count below the lead's, on a side the lead counts, is one of the events it sums, even at
 * a spot the gazetteer does not know; the lead told again would give its whole toll.
 */
function partOfLead(lead: Building, facts: ClauseFacts): boolean {
  if (facts.refersBack) return false;
  const below = (part: Count | null, whole: Count | null): boolean =>
    part !== null && whole !== null && spanOf(part).high < spanOf(whole).low;
  const { killed, wounded } = facts.casualties;
  return below(killed, lead.killed) || below(wounded, lead.wounded);
}
