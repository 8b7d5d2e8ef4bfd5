// "94 people had been admitted to hospitals with symptoms of suffocation": the harmed of a gas attack.

/**
 * "were admitted to hospital with symptoms of suffocation", "admitted to hospitals with signs of
 * poisoning", "admitted to the hospital with breathing difficulties": people taken in for what a
 * blow of gas or smoke did to them are its wounded, as those who "suffered breathing difficulties
 * after the strike" are (event-cues.ts). The cue is the admission with what they had, so the count
 * before it reads as a passive's ("94 people, including women, had been admitted…"); admitted for
 * anything else (a birth, a check-up, a disease told on its own) is not read.
 */
export const ADMITTED_WITH_SYMPTOMS =
  'admitted to (?:the )?(?:hospitals?|clinics?|medical centers?|medical centres?) with(?=\\s+(?:(?:symptoms|signs) of (?:suffocation|choking|asphyxiation|poisoning|gas poisoning)|suffocation|(?:breathing|respiratory) (?:difficulties|problems))(?!\\p{L}))';
