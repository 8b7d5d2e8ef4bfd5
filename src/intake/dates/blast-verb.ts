// "…اعترف بمشاركته في تفخيخ ونقل سيارة انفجرت في سوق … بتاريخ 21 آب 2011": a verb of a blast between a
// reporting word and a day makes the day the blast's, as the deed nouns of the action cues do.
import { ar, en } from '../events/cue-pattern.js';

/**
 * A bomb or device going off told as a verb ("انفجرت", "ينفجر", "exploded", "went off",
 * "detonated"), in matching form: the action cues hold the nouns ("انفجار") and the verbs of doers,
 * not the blast as what the device did.
 */
export const BLAST_VERB = new RegExp(
  `${ar(['انفجر', 'انفجرت', 'تنفجر', 'ينفجر'])}|${en(['exploded', 'went off', 'detonated'])}`,
  'u',
);
