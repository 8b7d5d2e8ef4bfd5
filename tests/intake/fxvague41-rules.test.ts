import { describe, expect, it } from 'vitest';
import { draftedRows } from '../support/tolls.js';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { tellsUncountedToll } from '../../src/intake/casualties/uncounted-toll.js';
import { preparingAtTheTime } from '../../src/intake/events/preparing-at-the-time.js';
import { tellsPreparation } from '../../src/intake/events/preparations.js';
import { answersWithBlowOfItsOwn } from '../../src/intake/followups/answered-with-blow.js';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { CUES } from '../../src/intake/events/event-cues.js';
import { matchView } from '../../src/intake/reading/view.js';
import { resolvePlace } from '../../src/places/resolve.js';

// Invented sentences only (none copied from a probe article).

const facts = (text: string, lang: 'ar' | 'en', published: string) =>
  analyseClause(text, lang, published, null, resolvePlace);
const m = (text: string) => matchView(text).text;

describe('uncounted-toll: dead told with no number are a toll of an event of its own', () => {
  it('reads "several", "scores of", "عدد من", "أعداد كبيرة" after a verb or noun of killing', () => {
    expect(tellsUncountedToll(m('gunmen raided a farm, killing several shepherds'))).toBe(true);
    expect(tellsUncountedToll(m('the shelling killed "scores of fighters"'))).toBe(true);
    expect(tellsUncountedToll(m('بعد مقتل عدد من العناصر بكمين'))).toBe(true);
    expect(tellsUncountedToll(m('وقضت القوة على أعداد كبيرة منهم'))).toBe(false);
    expect(tellsUncountedToll(m('وقضت على أعداد كبيرة منهم'))).toBe(true);
    expect(tellsUncountedToll(m('several shepherds said they had seen the gunmen'))).toBe(false);
  });
  it('keeps the blow a "came after" clause tells with such a toll, not background', () => {
    const told = facts(
      'The raids come days after militants attacked a police station in Kirkuk province last week, killing several policemen.',
      'en',
      '2021-05-20',
    );
    expect(told.reportsEvent).toBe(true);
    const none = facts(
      'The raids come days after militants attacked a police station in Kirkuk province last week.',
      'en',
      '2021-05-20',
    );
    expect(none.reportsEvent).toBe(false);
  });
});

describe('event-type-cues: a strike on a thing named is a blow', () => {
  it('reads "the strike on the market" as a strike, not one of workers', () => {
    const told = facts(
      'The strike on the market near Qamishli came shortly before dawn.',
      'en',
      '2022-03-04',
    );
    expect(told.event?.subType).toBe('air_drone_strike');
    expect(facts('The general strike on the campus ended on Monday.', 'en', '2022-03-04').event).toBeNull();
  });
});

describe('preparing-at-the-time: what the victims were doing when the blow fell', () => {
  it('is no forces getting ready', () => {
    expect(preparingAtTheTime(m('the shell fell as the family were preparing lunch'))).not.toBeNull();
    expect(tellsPreparation(m('the shell fell as the family were preparing lunch'))).toBe(false);
    expect(tellsPreparation(m('the army is preparing an assault on the town'))).toBe(true);
  });
  it('keeps the blow told before it', () => {
    expect(
      facts(
        'The strike on the mill came late on Friday, while the workers were preparing flour for the market.',
        'en',
        '2022-03-05',
      ).reportsEvent,
    ).toBe(true);
  });
});

describe('answered-with-blow: a side answering with a blow of its own', () => {
  it('reads shelling and strikes in answer, not fire at the attackers', () => {
    expect(answersWithBlowOfItsOwn(m('Troops responded on Friday by shelling militant positions'))).toBe(
      true,
    );
    expect(answersWithBlowOfItsOwn(m('وردت وحدات الجيش بقصف مواقع المسلحين'))).toBe(true);
    expect(answersWithBlowOfItsOwn(m('The guards responded by opening fire'))).toBe(false);
  });
  it('drafts the answer apart from the blow it answered, same day and town', () => {
    const drafts = draftedRows(
      [
        'Rockets kill three in Latakia',
        '',
        'DAMASCUS, May 4 -- Three people were killed and five wounded on Wednesday when rockets hit a market in the city of Latakia, state media said.',
        '',
        'Late on Tuesday, rebels attacked an army checkpoint near the town of Kinsabba, killing two soldiers, a military source said.',
        '',
        'The army responded on Wednesday by shelling militant positions in the countryside of Latakia, killing "scores of terrorists," the report said.',
      ].join('\n'),
      '2022-05-04',
      'en',
    );
    expect(drafts).toHaveLength(3);
    expect(drafts[2]).toMatchObject({ from: '2022-05-04', governorate: 'Latakia', killed: null });
  });
});

describe('group-before-armed: armed men neutralised, told past their group’s name', () => {
  const dead = (text: string) => {
    const told = findCasualties(matchView(text), 'en');
    return told.killed ?? told.attackersKilled;
  };
  it('counts "neutralized five YPG/PKK terrorists" as dead', () => {
    expect(dead('Turkish forces neutralized five YPG/PKK terrorists near the border')).toBe(5);
    expect(dead('Turkish forces neutralized five YPG/PKK explosive devices near the border')).toBeNull();
  });
});

describe('another-nouns: another unit', () => {
  it('counts "another unit", "وحدة أخرى" as another operation', () => {
    expect(CUES.another.test(m('وأضاف أن وحدة أخرى نصبت كميناً لمجموعة مسلحة'))).toBe(true);
    expect(CUES.another.test(m('another unit ambushed a group of fighters'))).toBe(true);
  });
});

describe('route-ends: a convoy heading from one town toward another', () => {
  it('is placed at neither end', () => {
    const told = facts(
      'The convoy was heading from Baghdad toward the holy city of Karbala on Friday when gunmen opened fire.',
      'en',
      '2010-06-05',
    );
    expect(told.place).toBeNull();
  });
});
