// Rules from the fxanchors round (issue 12): a clause-head anchor written `^\W*` skipped Arabic words
// (with the `u` flag `\W` takes every letter outside [A-Za-z0-9_]), so cues it anchored matched
// anywhere; the shared CLAUSE_HEAD takes only marks. Rules that needed a reach past the head now
// name it. Shared cue patterns that are tested are plain, not global. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../src/text/normalize.js';
import { CLAUSE_HEAD } from '../../src/intake/reading/word-pattern.js';
import { WHILE } from '../../src/intake/attackers/doers-dead.js';
import { doersBack } from '../../src/intake/followups/doers-back.js';
import { ranksEventTold } from '../../src/intake/events/series/ranked.js';
import { toldAsOngoing } from '../../src/intake/events/ongoing-campaign.js';
import { claimGoesOn } from '../../src/intake/followups/claim-goes-on.js';
import { martyredJoined } from '../../src/intake/attackers/martyred-joined.js';
import { campaignBackground } from '../../src/intake/events/campaign-onset.js';
import { OTHERS, countsOthers } from '../../src/intake/incidents/clause-links.js';
import { CUES } from '../../src/intake/events/event-cues.js';
import { casualtyNotes } from '../../src/intake/casualties/casualty-notes.js';
import { matchView } from '../../src/intake/reading/view.js';
import { findNumbers } from '../../src/intake/reading/numbers.js';

const m = normalizeForMatch;

describe('CLAUSE_HEAD: the clause head takes marks, not Arabic words', () => {
  const head = new RegExp(`${CLAUSE_HEAD}(?:${m('فيما')})`, 'u');
  it('matches the cue opening the clause, after quotes and spaces', () => {
    expect(head.test(m('فيما قال المسؤول'))).toBe(true);
    expect(head.test(m(' «فيما قال المسؤول'))).toBe(true);
  });
  it('does not match the cue after Arabic words', () => {
    expect(head.test(m('وقال المسؤول فيما بعد'))).toBe(false);
    // the old anchor did: \W with the u flag takes Arabic letters
    expect(new RegExp(`^\\W*(?:${m('فيما')})`, 'u').test(m('وقال المسؤول فيما بعد'))).toBe(true);
  });
});

describe('anchored cues no longer match mid-clause Arabic', () => {
  it('WHILE (doers-dead.ts): "فيما" opening the clause only', () => {
    expect(WHILE.test(m('فيما قتل ثلاثة من عناصر الشرطة'))).toBe(true);
    expect(WHILE.test(m('وأصيب الجندي بجروح فيما كان في طريقه إلى المقر'))).toBe(false);
  });
  it('claimGoesOn: the claiming verb at the head only', () => {
    expect(claimGoesOn(m('وزعم التنظيم أنه قتل عشرة جنود'))).toBe(true);
    expect(claimGoesOn(m('ونفت الوزارة ما وزعم التنظيم'))).toBe(false);
  });
  it('martyredJoined: "واستشهد" at the head only', () => {
    expect(martyredJoined(m('واستشهد شاب آخر في القرية'))).toBe(true);
    expect(martyredJoined(m('وقال الأهالي إن شابا واستشهد'))).toBe(false);
  });
  it('campaignBackground: "وكانت … قد سيطرت" at the head only', () => {
    expect(campaignBackground(m('وكانت القوات قد سيطرت على البلدة الشهر الماضي'))).toBe(true);
    expect(campaignBackground(m('وأفاد شهود بأن وكانت القوات قد سيطرت على البلدة'))).toBe(false);
  });
});

describe('doersBack: the doers at the head, or met "with", or counted "of the attackers"', () => {
  it('the doers as the clause subject at its head', () => {
    expect(doersBack(m('واقتحم المسلحون منزل المختار'))).toBe(true);
    expect(doersBack('the gunmen then fled the scene')).toBe(true);
  });
  it('the doers met "with": the other side of the clause', () => {
    expect(doersBack(m('وتبادلت دورية الشرطة إطلاق النار مع المسلحين قرب السوق'))).toBe(true);
  });
  it('the attackers counted among', () => {
    expect(doersBack(m('وتمكن الحراس من قتل ثلاثة من المهاجمين'))).toBe(true);
  });
  it('not the gunmen counted among the dead of a fight the clause tells itself', () => {
    expect(doersBack(m('ودارت معارك بين مسلحين والجيش أسفرت عن مقتل خمسة من المسلحين'))).toBe(false);
  });
});

describe('ranksEventTold: the pointer at the head or after the verb that counts it', () => {
  it('"ويعد هذا الهجوم الثالث"', () => {
    expect(ranksEventTold(m('ويعد هذا الهجوم الثالث من نوعه في المنطقة هذا العام'))).toBe(true);
    expect(ranksEventTold(m('وهذا الهجوم الثالث من نوعه'))).toBe(true);
  });
  it('not a pointer deep in the clause', () => {
    expect(ranksEventTold(m('وقال مسؤول محلي إن هذا الهجوم الثالث'))).toBe(false);
  });
});

describe('toldAsOngoing: a fight going on, at the head or after "while"', () => {
  it('after "بينما"', () => {
    expect(toldAsOngoing(m('ويأتي الانفجار بينما تخوض القوات معارك شرقي المحافظة'), false, false)).toBe(true);
    expect(toldAsOngoing(m('في حين تدور اشتباكات بين الجيش والمسلحين قرب القرية'), false, false)).toBe(true);
  });
  it('not the verb deep in the clause with no "while"', () => {
    expect(toldAsOngoing(m('وقال القائد إن القوات تخوض معارك'), false, false)).toBe(false);
  });
});

describe('shared cue patterns are not global where they are tested', () => {
  it('OTHERS is plain, and countsOthers gives the same answer each time', () => {
    expect(OTHERS.global).toBe(false);
    const text = m('وأصيب اثنان آخران بجروح');
    expect(OTHERS.test(text)).toBe(true);
    expect(OTHERS.test(text)).toBe(true);
    expect(countsOthers(text)).toBe(countsOthers(text));
  });
  it('casualtyNotes: the joint figure noted on every call, the shared cue left at 0', () => {
    const view = matchView('قتل وجرح سبعة أشخاص في الانفجار');
    const numbers = findNumbers(view);
    const none = { killed: null, wounded: null } as Parameters<typeof casualtyNotes>[1];
    const first = casualtyNotes(view, none, numbers);
    const second = casualtyNotes(view, none, numbers);
    expect(first.some((c) => c.reason === 'casualties-unsplit')).toBe(true);
    expect(second).toEqual(first);
    expect(CUES.combined.lastIndex).toBe(0);
  });
});
