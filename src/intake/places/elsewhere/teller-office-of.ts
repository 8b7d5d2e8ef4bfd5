// "according to differing accounts from the mayor of Rania and a local hospital", "the governor of
// Kirkuk said": the town a teller holds office in is his seat, not where the event happened.

/** An office held over a town: "mayor of", "governor of". */
const OFFICE_OF_TOWN = String.raw`(?:mayor|governor)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;

/**
 * The holder told as the one who gave the account: after "according to", "accounts from", "quoted" (a
 * few words between), or right before "said" / "told"; a mayor the blow hit ("killed the mayor of …")
 * is left to name the place.
 */
export const TELLER_OFFICE_OF = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:according\s+to|accounts?\s+(?:from|by)|quoted|citing)\s+(?:[\p{L}'’-]+\s+){0,3}?)${OFFICE_OF_TOWN}|${OFFICE_OF_TOWN}(?=,?\s+(?:said|says|told)(?![\p{L}]))`,
  'gu',
);
