// "Troops retook the town on Monday after two days of fighting." "They entered it on Saturday and fought
// street battles until late on Sunday, officers said." "At least 20 militants were killed and three
// soldiers died." — the fight told on in the sentence between, its toll in the next.
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { ATTACK, FIGHT } from './fight-sides.js';

/**
 * The sentence between the fight's opening and the sides' toll (matching form) tells the same fight
 * going on — fighting named, no attack and no blow of its own — and drafted no event of its own
 * (the fight's last event is still the one told before it): the toll after it is still the fight's,
 * as if told right after its opening.
 */
export const fightToldBetween = (between: string): boolean =>
  FIGHT.test(between) && !ATTACK.test(between) && !namesBlowOfItsOwn(between);
