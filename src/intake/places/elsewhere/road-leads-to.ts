// A town named only as where a road leads: the road's end, not the spot on it where the event happened.

/**
 * "a suicide bomber blew himself up at a checkpoint on the road to Baghdad, on the southern edge of
 * the city", "كمين على الطريق المؤدي إلى مدينة الرطبة": the road runs out of the town the story is
 * in towards the one it names, so that name says which way the road goes, not where the blast was
 * (the clause's place is read without it; a spot told beside it, "near Dibis", stays).
 */
export const ROAD_LEADS_TO =
  /(?<![\p{L}])(?:road|highway|motorway|expressway)\s+(?:(?:leading|that\s+leads|running|that\s+runs)\s+)?to(?:\s+the)?(?:\s+(?:city|town|village)\s+of)?\s+(?:(?:al|el|Al|El)-)?[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2}|(?:الطريق|طريق)\s+(?:(?:المؤدي|المؤدية|الواصل|الموصل)\s+)?(?:إلى|الى|نحو)\s+(?:(?:مدينة|بلدة|قرية|ناحية|قضاء)\s+)?[^\s،,.؛]+/gu;
