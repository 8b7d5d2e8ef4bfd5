// "مجزرة راح ضحيتها 20 مدنياً": the ones who "fell victim to it" are its dead.

/**
 * "راح ضحيتها", "ذهب ضحيته": the dead of a massacre, a blast or a raid told by the ones who fell
 * victim to it, the count after them ("راح ضحيتها ما بين 20 و25 مدنياً"). A killing cue as "قتل
 * فيها" is (event-cues.ts); the pronoun is the event's, of any gender or number.
 */
export const FELL_VICTIM_AR = ['راح', 'ذهب'].flatMap((verb) =>
  ['ضحيته', 'ضحيتها', 'ضحيتهما', 'ضحيتهم'].map((victim) => `${verb} ${victim}`),
);
