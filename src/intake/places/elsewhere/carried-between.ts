// The ends of what a pipeline or a line carries: where the oil comes from and goes, not where it was hit.

/**
 * "قرب الأنبوب الذي ينقل الخام من حقول X إلى ميناء Y، في منطقة Z", "a pipeline carrying crude from
 * X to Y": the fields and the port a pipeline joins are not the spot on it where the bomb went off
 * (the clause's place is read without them). The span stops at the clause's next comma, so the spot
 * told after it stays.
 */
export const CARRIED_BETWEEN =
  /(?<![\p{L}])(?:(?:carrying|carries|carried|transporting|transports|pumping|pumps)\s+(?:(?:crude|oil|gas|fuel)\s+){0,2}from|(?:ينقل|تنقل|الناقل|الناقلة)\s+(?:(?:ال)?(?:خام|نفط|غاز|وقود)\s+){0,2}(?:من))\s+[^,.;،؛]*/giu;
