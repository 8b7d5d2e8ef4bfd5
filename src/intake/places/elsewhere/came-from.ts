// Where the attackers or the fire came from: not where the event happened.

/**
 * "The terrorists came from the X direction and opened fire on the houses", "gunmen who infiltrated
 * from the desert", "المهاجمين تسللوا من وادي الشاي", "مسلحين قادمين من المناطق المحاذية لقضاء X",
 * "قذائف أطلقت من الجانب التركي": the place they set out or fired from (told after the verb of
 * coming, to the end of the phrase), as ORIGIN (origin.ts) leaves out "fired from", "من اتجاه"; so
 * is where help was sent from ("بعد وصول تعزيزات من ريف المحافظة المجاورة", "reinforcements from the
 * capital"): the fight is where they arrived.
 */
const CAME_FROM =
  /(?<![\p{L}])(?:(?:came|come|coming|infiltrated|infiltrating|sneaked|snuck|crept|crossed)\s+(?:in\s+)?from\s+[^,.;]*|(?:تسلل|تسللوا|تسللت|يتسللون|متسللين|قدموا|قادم|قادما|قادمًا|قادماً|قادمين|قادمون|قادمة|القادم|القادمين|القادمة|أطلقت|أطلق|اطلقت|اطلق)\s+من\s+[^،,.؛]*|(?:reinforcements|backup)\s+(?:[\p{L}-]+\s+)?from\s+[^,.;]*|(?:تعزيزات|التعزيزات|مؤازرة)\s+(?:[\p{L}\p{M}]+\s+)?من\s+[^،,.؛]*)/gu;

/** The text with where the attackers or the fire came from blanked (same length, offsets keep). */
export function withoutCameFrom(text: string): string {
  return text.replace(CAME_FROM, (m) => ' '.repeat(m.length));
}
