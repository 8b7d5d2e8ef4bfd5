// The ends of a journey the victims were on: where they came from and were going, not where it happened.

/**
 * "The pilgrims were on their way from Baghdad to the holy city of Karbala when the blast
 * occurred", "victims were travelling from a nearby village when…", "the convoy was heading from the
 * border toward the city of X late Monday when gunmen opened fire", "كانوا في طريقهم من بغداد إلى
 * كربلاء"; and where they had just come from ("hit a truck shortly after it arrived from Iraq",
 * "بعد وصولها من العراق"): the towns a route joins are not the spot on it where the event happened
 * (the clause's place is read without them). The span stops at "when"/"as"/"عندما" or the clause's end, so a
 * spot told after it stays. ("أثناء عودته إلى منزله في بلدة البصيرة", returning home: the attack
 * was at his home's town, and is left alone.) It stops too at the road the journey was on, the spot
 * told after the journey's end: "أثناء توجهه إلى عمله على الطريق الواصل بين قريتين في ريف حمص" was hit
 * on that road, in that countryside, not at his work.
 */
export const ROUTE_ENDS =
  /(?<![\p{L}])(?:(?:on\s+(?:their|his|her|its|the)\s+way|travell?ing|en\s+route|heading|headed)\s+(?:from|to|towards?)|(?:arrived|arriving)\s+from)\s+[^,.;]*?(?=\s(?:when|as|while|after|before)(?![\p{L}])|[,.;]|$)|(?:(?:في\s+طريق(?:هم|ه|ها|هما)|أثناء\s+توجه(?:هم|ه|ها|هما))\s+(?:من|إلى|الى)|(?:وصول(?:هم|ه|ها|هما)|وصلت|وصل|وصلوا)\s+من)\s+[^،,.؛]*?(?=\s(?:عندما|حين|حينما|قبل|بعد)(?![\p{L}])|\sعلى\s+(?:ال)?طريق(?![\p{L}])|[،,.؛]|$)/giu;
