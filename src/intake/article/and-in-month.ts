// ", and in July two police officers were wounded…": an earlier month opens an event of its own.

const MONTHS_EN = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * "In March, a car bomb in X killed five people, and in July two police officers were wounded when
 * a bomb exploded under their car in Y": after a comma, "and" then a month named as when (", and in
 * July", ", and in June last year", ", and last month"), is the next event of a list of earlier
 * ones — its own day, place and toll — not more of the clause before, whose month it does not share.
 * A lookahead for the English clause breaks of sentences.ts (after ",\s+"). Months and a past month
 * or year only: a weekday after "and" (", and on Tuesday two more died") may go on with the same event.
 */
export const AND_IN_MONTH_EN = `and\\s+(?:(?:in|during)\\s+(?:early\\s+|mid-?|late\\s+)?${MONTHS_EN}(?![\\w-])|last\\s+(?:month|year)(?![\\w-]))`;
