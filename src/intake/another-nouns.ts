/**
 * Events and the positions they hit, as counted by "another"/"آخر" (see CUES.another); in English
 * also the bomber, each of whom is a blast of his own ("About an hour later, a second bomber struck
 * a market").
 */
export const ANOTHER_NOUNS_AR = [
  'هجوم',
  'هجمة',
  'انفجار',
  'تفجير',
  'عبوة',
  'غارة',
  'ضربة',
  'قصف',
  'حادث',
  'حادثة',
  'كمين',
  'اشتباك',
  'مفخخة',
  'نقطة',
  'حاجز',
  'موقع',
  'مقر',
];
export const ANOTHER_NOUNS_EN = [
  'attacks?',
  'bombs?',
  'blasts?',
  'explosions?',
  'strikes?',
  'airstrikes?',
  'air strikes?',
  'raids?',
  'incidents?',
  'bombers?',
  'ambush',
  'clash',
  'checkpoints?',
  'posts?',
  'outposts?',
  'positions?',
];
