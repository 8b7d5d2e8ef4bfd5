// "four fighters of the Kurdish People's Protection Units (YPG)": the force a count's men belong to,
// named after their noun by "of", maybe with its initials in brackets — still the same side's count.
/**
 * What may follow the forces' noun of a tally (matching form): " of the kurdish people s protection
 * units (ypg)", up to six words and the initials.
 */
export const FORCE_NAMED_AFTER = String.raw`(?:\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?[\p{L}-]+(?:\s+\([\p{L}\s-]{1,15}\))?)?`;
