// "A young man was shot dead by gunmen in X", then "Two children were wounded when a landmine went
// off in X": a blast and a shooting, two blows, whatever place they share.
import type { IncidentEvent } from '../../content/schema.js';

/** Harm done by gunfire: an attack on people, a clash between armed sides. */
const GUNFIRE = new Set(['attack', 'armed_clash']);

const blast = (event: IncidentEvent): boolean => event.type === 'explosions_remote_violence';

/**
 * The one event a blast (a bomb, a mine, a shell, a strike), the other harm done by gunfire (an
 * attack, a clash): the clause that names the one after the other tells another event, not more
 * victims of the first ("كذلك، أصيب طفلان بانفجار لغم" after "قتل شاب برصاص مسلحين"; "كما انفجرت
 * عبوة ناسفة على دورية، ما أسفر عن مقتل منتسب وإصابة اثنين آخرين" after "اغتال مسلحون مختار قرية":
 * the others are others than the clause's own dead, not more of the mukhtar's).
 */
export function blastBesideGunfire(current: IncidentEvent | null, told: IncidentEvent | null): boolean {
  if (!current || !told) return false;
  return (blast(current) && GUNFIRE.has(told.subType)) || (blast(told) && GUNFIRE.has(current.subType));
}
