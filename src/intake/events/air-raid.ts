// "A raid" told in the same sentence as strikes from the air is one of them.
import type { IncidentEvent } from '../../content/schema.js';
import { matchView } from '../reading/view.js';

/** "a raid", "in raids", "غارة": the word alone, which wire copy uses of air raids too. */
const RAID = /(?<![\p{L}])raids?(?![\p{L}])/u;
/** Who raids on the ground: "troops raided", "a raid by security forces", "commandos". */
const GROUND =
  /(?<![\p{L}])(?:troops|forces|soldiers|commandos|police|policemen|gunmen|fighters|militants|stormed|storming|landed|house|hideout|arrest(?:ed|s)?)(?![\p{L}])/u;

/**
 * "regime air strikes killed a woman and her son, while two men were killed in a raid on the
 * outskirts of Saraqeb": a raid told by no ground force, in a sentence that told a strike from the
 * air, is another air raid, not a ground assault. The kind the clause's event is of.
 */
export function raidFromTheAir(
  clauseText: string,
  event: IncidentEvent,
  before: IncidentEvent,
): IncidentEvent {
  if (event.type !== 'battles' || before.subType !== 'air_drone_strike') return event;
  const text = matchView(clauseText).text;
  return RAID.test(text) && !GROUND.test(text) ? before : event;
}
