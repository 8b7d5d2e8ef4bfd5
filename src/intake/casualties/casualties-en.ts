/** English counting: a count told before a passive or a casualty noun ("Two children were killed"). */
import { attackersJoined, countAt, type CountPhrase } from './casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import {
  AMONG_THEM,
  ATTACKERS,
  BE,
  BREAKS,
  DENIED_BEFORE_CUE,
  HOW_BADLY,
  WOUNDS_DEGREE,
  HOW_FAR,
  PASSIVE_BE,
  POSSESSIVES,
  TOOK_WOUNDS,
  WHERE_THEY_WERE,
} from './casualty-words.js';
import { CUES } from '../events/event-cues.js';
import { countAfterTo } from './count-after-to.js';
import { joinedInSubCount, opensSubCount } from './sub-count.js';
import { apposedToDead } from './dead-apposition.js';
import { oneToldByKin } from '../victims/kin-apposition.js';
import { ANIMALS_JOINED, animalsCounted } from './animals-too.js';
import { MOVED_BEFORE_WOUNDS } from '../victims/moved-with-wounds.js';
import { BRACKETED_GLOSS } from '../victims/bracketed-gloss.js';
import { withoutWhoHad } from '../victims/who-had.js';
import { AGE_IN_DECADE } from '../victims/age-told-before.js';
import { WORKING_FOR } from '../victims/working-for.js';
import { DOING_WHEN_HIT } from '../victims/doing-when-hit.js';
import { OF_ONE_GROUP } from '../victims/of-one-group.js';
import { possessorCountedBefore } from '../victims/possessor-counted.js';
import { tokenize, type Token } from '../reading/tokens.js';
import { hyphenJoins } from './compound-words.js';
import { vagueSubjectBetween } from './vague-subject.js';
import { pastVagueArmedJoined } from './vague-armed-joined.js';
import { isGroupInitials } from '../reading/group-initials.js';
import { ownerOfLeftDead } from './left-dead-owner.js';
import { pastMembersFrom } from './members-from.js';
import { withSerialListBefore } from './serial-list.js';

import type { MatchView } from '../reading/view.js';
import { hyphenLaterParts } from './hyphen-parts.js';
import type { Language } from '../../content/schema.js';

const MAX_WORDS_BETWEEN = 5;
/** How many words before its cue a count may stand ("Four Iraqi policemen from the local force were killed"). */
const REACH = 16;
/** An aside between commas that ends right before the cue, perhaps across "were": "…, including a leader, were killed". */
const ASIDE_BEFORE_CUE = /,([^,]*),\s*(?:(?:were|was|have been|has been|had been)\s+)?(?:[\p{L}]+ly\s+)?$/u;

/**
 * The words of an aside the count's noun took before the cue ("Two militants, including a cell
 * leader blamed for a string of killings, were killed"): the count may stand that much further back,
 * the aside being passed over as the gap's commas are below.
 */
function asideWords(view: MatchView, tokens: readonly Token[], cue: number): number {
  const aside = ASIDE_BEFORE_CUE.exec(view.text.slice(0, tokens[cue]?.start ?? 0))?.[1];
  return aside ? tokenize(aside).length : 0;
}

/**
 * The words of the bracketed glosses within reach before the cue ("militants of the Islamic State
 * (IS) group were killed"): the count may stand that much further back, the glosses being passed
 * over as the gap's are below.
 */
function glossWords(view: MatchView, tokens: readonly Token[], cue: number): number {
  const from = tokens[Math.max(0, cue - REACH)]?.start ?? 0;
  const glosses = view.text.slice(from, tokens[cue]?.start ?? 0).match(BRACKETED_GLOSS) ?? [];
  return glosses.reduce((words, gloss) => words + tokenize(gloss).length, 0);
}

/** The most words a partitive's owner may take between "of" and "were": "of Iraq's Hashed al-Shaabi paramilitary force". */
const OWNER_WORDS = 8;

/**
 * "were killed", "was lightly wounded", "have been killed": the cue at `cue` is a passive (not after
 * "IS", the group's initials and the verb's subject: "IS killed seven", group-initials.ts).
 */
export function passiveAt(view: MatchView, tokens: readonly Token[], cue: number): boolean {
  for (let i = cue - 1; i >= 0 && i >= cue - 3; i--) {
    const w = tokens[i]!.word;
    if (PASSIVE_BE.has(w)) return !isGroupInitials(view, tokens[i]);
    if (!HOW_BADLY.has(w)) return false;
  }
  return false;
}

/** English passive and casualty nouns: the count ends just before the cue, perhaps across "were". */
export function backward(
  view: MatchView,
  tokens: readonly Token[],
  numbers: Numbers,
  cue: number,
  lang: Language,
  objectOfCue: (offset: number) => boolean,
): CountPhrase | null {
  if (cue < 0) return null;
  const reach = REACH + asideWords(view, tokens, cue) + glossWords(view, tokens, cue);
  for (let start = Math.max(0, cue - reach); start < cue; start++) {
    const found = countAt(tokens, numbers, start, lang);
    // "four wounded, the officer said": a number right before the cue counts it, whatever noun comes after
    const number = start === cue - 1 ? numbers.get(tokens[start]!.start) : undefined;
    const phrase = found && found.next > cue && number ? { value: number.value, next: cue } : found;
    if (!phrase || phrase.next > cue) continue;
    // "killed 15 people and wounded dozens": the 15 are the killing's, not the wounded
    if (objectOfCue(tokens[start]!.start)) continue;
    if (lang === 'en' && countAfterTo(tokens, start)) continue;
    // ("…, including a child, and 12 others were injured": a part of the toll before, sub-count.ts)
    // (or a later item of that part, joined by "and": "including 11 militiamen and six gunmen, and …")
    if (lang === 'en' && (opensSubCount(tokens, start) || joinedInSubCount(view.text, tokens, start)))
      continue;
    // ("three people dead, two gunmen and a soldier, and three others injured": who the dead were, dead-apposition.ts)
    if (lang === 'en' && apposedToDead(view.text, tokens, numbers, start)) continue;
    // "Two soldiers and three militants were killed": the attackers told after the victims are
    // counted apart (see findCasualties), the verb is both's
    const attackers = lang === 'en' ? attackersJoined(tokens, numbers, phrase, lang) : null;
    const counted = attackers && attackers.next <= cue ? attackers.next : phrase.next;
    // "Four Iraqi policemen were killed": a few describing words and a form of "be" may stand between
    // an apposition between commas ("Two gunmen, suspected to be IS militants, were killed") does not count
    const gap = view.text.slice(tokens[counted - 1]?.end ?? 0, tokens[cue]?.start ?? 0);
    // so does where the victims were ("A third person in the car was wounded")
    // and so does who was among them ("Two people including a child were killed")
    // (and so does a gloss in brackets, "of the Hashd al-Shaabi (Popular Mobilization Forces, PMF)")
    const bare = gap
      .replace(BRACKETED_GLOSS, ' ')
      .replace(/,[^,]*,/gu, ' ')
      .replace(WHERE_THEY_WERE, ' ')
      // and so does how old they were ("Two men in their 20s were killed")
      .replace(AGE_IN_DECADE, ' ')
      .replace(HOW_FAR, ' ')
      .replace(AMONG_THEM, ' ')
      // and so does whom they work for ("Two deminers working for a private contractor were killed")
      .replace(WORKING_FOR, ' ')
      // and so does the one group they were all of ("Four members of one family died", of-one-group.ts)
      .replace(OF_ONE_GROUP, ' ')
      // and so does an animal hurt with them ("Four soldiers and a military working dog were wounded")
      .replace(ANIMALS_JOINED, ' ')
      // and so does what they were doing ("Two members of a team recovering bodies were killed"; a
      // "working dog" hurt with them passed over first)
      .replace(DOING_WHEN_HIT, '$1 ')
      // and so does where they were moved from ("A boy was pulled from the rubble with injuries")
      .replace(MOVED_BEFORE_WOUNDS, ' ');
    // and so does who they were ("Two fighters who had joined the deal were killed")
    const told = withoutWhoHad(bare);
    // "Two soldiers were killed and another was wounded": a count before another casualty verb is
    // that verb's subject, not this one's
    if (lang === 'en' && (` ${told} `.search(CUES.killed) >= 0 || ` ${told} `.search(CUES.wounded) >= 0))
      continue;
    let between = tokenize(told).map((t) => t.word);
    // ("Two soldiers and scores of militants were killed": the foe told uncounted, the count its own
    // side's, vague-armed-joined.ts)
    if (lang === 'en') between = pastVagueArmedJoined(between) ?? between;
    // ("40,000 buffalo have died": the count or the noun right after it names animals, not joined to
    // people, nor kept by the one counted, "a shepherd grazing his sheep": animals-too.ts)
    const countWords = view.text
      .slice(tokens[start]!.start, tokens[phrase.next - 1]!.end)
      .replace(ANIMALS_JOINED, ' ');
    if (lang === 'en' && animalsCounted([...tokenize(countWords).map((t) => t.word), between[0] ?? '']))
      continue;
    // "…, two of them Iraqi nationals, and several others were wounded": the wounded are the several,
    // told by no number (read before the owner a partitive names is passed over, which would pass it)
    if (lang === 'en' && vagueSubjectBetween(between)) continue;
    // "Two of the attackers were killed": the partitive names who was counted
    const partitive = between[0] === 'of' ? between.findIndex((w) => ATTACKERS.has(w)) : -1;
    if (partitive > 0 && partitive <= 2) between = between.slice(partitive + 1);
    // "One member of the force was wounded", "Four members of the Popular Mobilisation Forces were
    // killed": whose members the ones counted are, before the verb (a force's name with its country
    // and its "al-" runs to eight words: "of Iraq's Hashed al-Shaabi paramilitary force"); so before
    // a verb taking the wounds as object ("Two members of staff suffered light injuries")
    else if (between[0] === 'of') {
      const verb = between.findIndex((w) => BE.has(w) || TOOK_WOUNDS.has(w));
      // (a hyphened word is one, "of the al-Qaida-linked Hayat Tahrir al-Sham", compound-words.ts)
      const joins = lang === 'en' ? hyphenJoins(writtenGap(view, gap, tokens, counted, cue), told) : 0;
      if (verb > 0 && verb <= OWNER_WORDS + joins) between = between.slice(verb);
      // ("fighting that left six members of the pro-government forces dead": left-dead-owner.ts)
      else if (
        lang === 'en' &&
        ownerOfLeftDead(view.text.slice(0, tokens[start]!.start), between, tokens[cue]?.word ?? '')
      )
        between = [];
    }
    // ("Three fighters from a Sunni tribal force were killed": whose men they were, told by "from",
    // members-from.ts; not a later count of a list, "39 fighters from the SNA and 13 from the SDF
    // were killed", whose verb is the whole list's)
    else if (lang === 'en' && tokens[start - 1]?.word !== 'and')
      between = pastMembersFrom(between, (w) => BE.has(w) || TOOK_WOUNDS.has(w)) ?? between;
    // "was lightly wounded", "suffered minor injuries": how badly says nothing of who
    between = between.filter((w) => !HOW_BADLY.has(w) && !WOUNDS_DEGREE.has(w));
    // Arabic puts the count right before its casualty noun ("5 قتلى"): nothing may stand between
    // ("soldiers and passers-by": a hyphened word's later part is no break, hyphen-parts.ts)
    const inCompound = lang === 'en' ? hyphenLaterParts(writtenGap(view, gap, tokens, counted, cue)) : null;
    if (
      // ("and pro-government Sunni tribal fighters": a hyphened word is one, compound-words.ts)
      between.length <=
        (lang === 'ar'
          ? 0
          : MAX_WORDS_BETWEEN + hyphenJoins(writtenGap(view, gap, tokens, counted, cue), told)) &&
      between.every(
        (w) =>
          !numbers.has(tokens.find((t) => t.word === w)?.start ?? -1) &&
          (!BREAKS.has(w) || !!inCompound?.has(w)) &&
          !DENIED_BEFORE_CUE.has(w),
      )
    ) {
      // "The volunteer, Omar al-Omar, and his wife were wounded": the one whose wife it is, too
      // (not where a verb of harm came before that "and": "A farmer was killed and his brother
      // wounded" counts the farmer among the dead, not again among the wounded)
      const possessor =
        lang === 'en' &&
        POSSESSIVES.has(tokens[start]?.word ?? '') &&
        tokens[start - 1]?.word === 'and' &&
        !possessorCountedBefore(tokens, start - 1);
      const extra = possessor ? 1 : 0;
      // ("Another shepherd, his uncle, was wounded": one, told again by kin, kin-apposition.ts)
      if (lang === 'en' && oneToldByKin(view.text.slice(tokens[start]!.start, tokens[cue]!.start)))
        return { value: { low: 1, high: 1 }, next: phrase.next, start };
      // ("Seven soldiers, two tribal fighters and 24 militants were killed": the counts a serial
      // list told before the commas, serial-list.ts)
      const { value } = withSerialListBefore(view.text, tokens, numbers, phrase, start, lang);
      return { value: { low: value.low + extra, high: value.high + extra }, next: phrase.next, start };
    }
  }
  return null;
}

/** The gap between the count and its cue as written (hyphens kept), or '' where none stands. */
function writtenGap(
  view: MatchView,
  gap: string,
  tokens: readonly Token[],
  counted: number,
  cue: number,
): string {
  if (gap.trim() === '') return '';
  return view.sourceSpan(tokens[counted - 1]?.end ?? 0, tokens[cue]?.start ?? 0).text;
}
