// "a shepherd lost both legs when he stepped on a mine": one maimed by a blow is its wounded.

/**
 * "lost both legs", "lost a leg", "lost his left arm", "lost an eye": whoever lost a limb or an eye
 * was wounded, as one who "suffered injuries" was (event-cues.ts). The cue is the whole phrase, so
 * the count right before it reads as a passive's ("a bomb disposal officer lost both legs" counts
 * one); "lost" of anything else (a son, his home, his job, control) is not read.
 */
export const LOST_LIMB =
  'lost (?:both (?:of )?(?:his |her |their )?|(?:his|her|their) (?:(?:left|right) )?|(?:a|an|one) |(?:his|her|their) (?:two )?)(?:legs?|arms?|hands?|feet|foot|eyes?|limbs?|eyesight|sight)(?!\\p{L})';
