// A toll told as fallen in scattered events of one kind: the sum of several, no event of its own.
import { L, anyOf } from '../reading/word-pattern.js';

const KINDS_AR = [
  'حوادث',
  'هجمات',
  'عمليات',
  'أعمال',
  'اعتداءات',
  'تفجيرات',
  'انفجارات',
  'غارات',
  'ضربات',
  'اشتباكات',
  // two of them: "في حادثتين منفصلتين", "بهجومين منفصلين"
  'حادثتين',
  'حادثين',
  'هجومين',
  'تفجيرين',
  'انفجارين',
  'غارتين',
  'ضربتين',
  'عمليتين',
  'اشتباكين',
];
const SCATTERED_AR = ['متفرقة', 'منفصلة', 'منفصلتين', 'منفصلين', 'متفرقتين', 'متفرقين'];
const KINDS_EN = [
  'incidents',
  'attacks',
  'bombings',
  'blasts',
  'explosions',
  'strikes',
  'raids',
  'shootings',
  'clashes',
];

/**
 * "A string of bombings in and around the capital killed at least 15", "A wave of car bombs tore
 * through…", "سلسلة تفجيرات بسيارات مفخخة", "سلسلة من الهجمات والتفجيرات": a toll told of a
 * series of blows is their sum, as one told "in separate attacks" is. Not the event ranked in one
 * ("the latest in a string of attacks on activists", "ضمن سلسلة هجمات"): that is one blow.
 */
const SERIES = [
  `(?<!${L})(?<!(?:latest|last|newest|first|second|third|one|part)\\s+(?:in|of)\\s+(?:a|the)\\s+)(?:string|series|wave|spate) of (?:[a-z-]+ ){0,2}(?:${anyOf([...KINDS_EN, 'bombs', 'car bombs', 'air strikes', 'airstrikes'])})(?!${L})`,
  `(?<!${L})(?<!(?:${anyOf(['ضمن', 'أحدث', 'آخر', 'أحدث حلقة في', 'في إطار'])})\\s+)(?:${anyOf(['سلسلة', 'موجة'])}) (?:${anyOf(['من'])} )?(?:${anyOf([...KINDS_AR, 'التفجيرات', 'الانفجارات', 'الهجمات', 'الغارات'])})(?!${L})`,
].join('|');

/**
 * "في عمليات اغتيال متفرقة", "بحوادث أمنية متفرقة", "in separate bomb and gunfire attacks": the
 * events' kind may take a word or two of its own between it and "scattered"/"separate" (what
 * kind of attacks, of incidents), and the Arabic may join "في" or "بـ" to it; it is still a
 * toll summed over several events told after it.
 */
export const SCATTERED_EVENTS = [
  `(?<!${L})(?:في |ب)(?:${anyOf(KINDS_AR)})(?: [^\\s.،؛]+){0,2} (?:${anyOf(SCATTERED_AR)})(?!${L})`,
  `(?<!${L})in (?:separate|several|different|multiple) (?:[a-z-]+ ){0,3}(?:${anyOf(KINDS_EN)})(?!${L})`,
  SERIES,
].join('|');
