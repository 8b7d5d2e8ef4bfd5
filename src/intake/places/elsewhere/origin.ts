// Where a strike came from, the attackers fled, the displaced came from or the vehicles hit were
// bound: places a clause names that are not where its event happened.

/**
 * Where a strike came from is not where it fell: "fired from the direction of the occupied Golan
 * Heights", "fired at about 9 pm from a truck in X, near Y" (the launch site and its surrounds, up to where
 * the rockets "landed near" their target), "انطلاقا من الأراضي التركية", "من اتجاه الجولان المحتل", "قذائف … مصدرها مواقع
 * قسد في محيط تل رفعت" (their source: the posts around the town), "shells fired by militants … from
 * their positions in the nearby towns of X and Y", "بقصف من مواقعها في حي X على أحياء في مدينة Y" (up to
 * where the fire fell, which the clause names after it); nor is where the attackers fled ("انسحب
 * الباقون باتجاه وادي الشاي", "fled towards the desert", a force that lost the ground: "انسحبت القوات
 * باتجاه البلدة المجاورة") or took those they
 * seized ("took his two nephews toward the hills", "اقتادوهم إلى جهة مجهولة"), nor where the displaced came from ("تؤوي 50 ألف
 * نازح من منطقة عفرين"), or the fighting they fled ("النازحين الذين لجأوا إلى المدينة هرباً من الهجوم
 * التركي على سري كانيه", "families fleeing the offensive on X": the war they left, not the blow told), nor where the vehicles hit were bound ("as passengers were boarding minibuses
 * for Baghdad", "حافلة متجهة إلى دمشق", "كان الرتل متجهاً من البصرة نحو قاعدة عين الأسد": the road's two ends,
 * the accusative "متجهاً" as the adjective). Left out of the clause's place.
 */
export const ORIGIN =
  /(?:(?:bound|headed|heading|destined)\s+(?:for|to)|(?:buses|minibuses|bus|minibus|taxis?|trains?|flights?)\s+(?:for|to))\s+[^,.;]*|(?:المتجهة|المتجه|متجهة|متجه|المتوجهة|المتوجه|متوجهة|متوجه)\u064B?(?:ا\u064B?)?\s+(?:من\s+[^،,.؛]*?\s+)?(?:إلى|الى|نحو)\s+[^،,.؛]*|(?:(?:fired|launched|coming|came|flew|flying)\s+)?from\s+(?:the\s+)?(?:direction|skies|airspace)\s+(?:of|over)\s+[^,.;]*|(?:fired|launched)\s+(?:(?:at|on|around|about|shortly|early|late|in)\s+[^,.;]{0,25}?\s+)?from\s+(?:(?!\s(?:landed|fell|hit|struck|slammed|crashed|exploded)\b)[^,.;])*(?:,\s+(?:near|outside|north|south|east|west)\b[^,.;]*)?|(?:مصدرها|مصدره|ومصدرها|ومصدره)\s+[^،,.؛]*|(?:انطلاقا\s+من|من\s+اتجاه|من\s+جهة|من\s+أجواء|من\s+الأراضي)\s+[^،,.؛]*|(?:fled|withdrew|escaped|retreated|pulled\s+back)\s+(?:towards?|to|into)\s+[^,.;]*|(?:took|taken|led|dragged|drove|driven)\s+(?:[\p{L}'’]+\s+){0,4}?(?:towards?|in\s+the\s+direction\s+of)\s+[^,.;]*|(?:اقتادوا|اقتادوه|اقتادوهم|اقتادهم|واقتادوا|واقتادوهم)\s+(?:\S+\s+){0,3}?(?:باتجاه|نحو|صوب|إلى|الى)\s+[^،,.؛]*|(?:انسحب|انسحبت|انسحبوا|ينسحب|ينسحبوا|ينسحبون|تنسحب|انسحاب|فر|فروا|يفر|يفروا|يفرون|فرار|لاذ|لاذوا|يلوذوا)\s+(?:\S+\s+){0,2}?(?:باتجاه|نحو|صوب)\s+[^،,.؛]*|(?:نازح|نازحا|نازحين|النازحين|مهجر|مهجرين)\s+من\s+[^،,.؛]*|displaced\s+(?:people\s+|families\s+|residents\s+)?from\s+[^,.;]*|(?:هرب|فرار)\u064B?ا\u064B?\s+من\s+(?:ال)?(?:هجوم|معارك|قصف|اشتباكات|حرب|عمليات|عملية)(?![\p{L}])[^،,.؛]*|fleeing\s+(?:from\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?(?:fighting|offensive|violence|clashes|bombardment|shelling|war|assault|attack)(?![\p{L}])[^,.;]*|(?<![\p{L}])from\s+(?:their|its|his)\s+positions?\s+(?:in|at|near|around|on)\s+[^,.;]*|(?<![\p{L}])و?من\s+(?:مواقعها|مواقعه|مواقعهم|مواقعهما)\s+(?:في|قرب|داخل|ب)\s*[^،,.؛]*?(?=\s+(?:على|باتجاه|نحو|صوب)(?![\p{L}]))/giu;
