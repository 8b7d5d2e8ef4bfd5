// "Earlier Tuesday, a patrol came under small-arms fire from a farmhouse south of the town." then
// "The soldiers returned fire, killing three": a force that comes under fire somewhere fights back —
// the sentence opens a fight, its day and place the ones of the toll told after it.

/**
 * A patrol, convoy, troops or forces (the subject, a few words before) that "came under (heavy,
 * small-arms) fire" from, near or in a place, south of one, or while on a task: a battle cue, in
 * matching form. Not fire told by how the force met it ("came under fire as they approached"): a
 * step of a raid already told.
 */
export const CAME_UNDER_FIRE_EN =
  '(?<=(?:patrol|convoy|troops|soldiers|forces|unit) (?:[a-z-]+ ){0,4}?)(?:came|comes) under (?:[a-z-]+ ){0,2}fire(?= (?:from|near|in|outside|while|(?:north|south|east|west)(?:[a-z]+)? of)(?![\\p{L}]))';
