// Rules found on both sides' dead of one fight (issue 12, fixer fxclash25): the second side's count
// joined with a hedge of its own; a fight an attack sparked, which killed both sides; sides told
// fighting by the verb, the dead its result; the other side's dead killed "in the same fighting", a
// sentence on; a fought-off attack told with its day between verb and object, and the defenders'
// dead counted by a dual. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const en = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');
const ar = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'ar');

describe('"left four policemen and more than 12 insurgents dead": the second side hedged', () => {
  it('sums the second side told with "more than"', () => {
    expect(
      en(
        [
          'Fighting near Baiji',
          'Clashes on the outskirts of Baiji on Monday left four policemen and more than 12 insurgents dead, officials said.',
        ],
        '2015-04-07',
      ),
    ).toEqual([[16, null, null]]);
  });

  it('sums the second side told with "at least" after the fight killed them', () => {
    expect(
      en(
        [
          'Fighting near Baiji',
          'Clashes on the outskirts of Baiji on Monday killed four policemen and at least 12 insurgents, officials said.',
        ],
        '2015-04-07',
      ),
    ).toEqual([[16, null, null]]);
  });

  it('keeps hedged attackers of an attack apart', () => {
    expect(
      en(
        [
          'Attack near Baiji',
          'Gunmen attacked a police post in Baiji on Monday, killing four policemen and at least two of the attackers, officials said.',
        ],
        '2015-04-07',
      ),
    ).toEqual([[4, null, 2]]);
  });
});

describe('"stormed a checkpoint, sparking clashes that killed …": the fight the attack set off', () => {
  it('sums both sides the sparked fight killed', () => {
    expect(
      en(
        [
          'Attack near Tikrit',
          'Insurgents attacked an army checkpoint north of Tikrit on Thursday, sparking fierce clashes that killed two soldiers and eight insurgents, a police officer said.',
        ],
        '2016-03-11',
      ),
    ).toEqual([[10, null, null]]);
  });

  it('keeps the attackers apart where the attack itself killed', () => {
    expect(
      en(
        [
          'Attack near Tikrit',
          'Insurgents attacked an army checkpoint north of Tikrit on Thursday, killing two soldiers and eight insurgents, a police officer said.',
        ],
        '2016-03-11',
      ),
    ).toEqual([[2, null, 8]]);
  });
});

describe('"clashed with …, leaving …": the sides told fighting by the verb', () => {
  it('sums both sides the clash left dead', () => {
    expect(
      en(
        [
          'Clash near Hit',
          'Tribesmen clashed with Islamic State militants outside Hit on Friday evening, leaving three tribesmen and nine militants dead, a local official said.',
        ],
        '2015-06-13',
      ),
    ).toEqual([[12, null, null]]);
  });

  it('sums both sides a battle killed, the cue right after the comma', () => {
    expect(
      en(
        [
          'Clash near Hit',
          'Soldiers battled Islamic State militants outside Hit on Friday evening, killing three soldiers and nine militants, a local official said.',
        ],
        '2015-06-13',
      ),
    ).toEqual([[12, null, null]]);
  });
});

describe('"… were killed in the same fighting": a side the tables may not know', () => {
  it('sums the fighters killed in the same fighting, a sentence on', () => {
    expect(
      en(
        [
          'Clashes near Manbij',
          'Two Turkish-backed rebels were killed and three were wounded in clashes with Kurdish forces near Manbij on Saturday, a rebel commander said. At least four YPG fighters were killed in the same fighting, a monitor said.',
        ],
        '2018-03-11',
      ),
    ).toEqual([[6, 3, null]]);
  });

  it('keeps them apart where the fighting is not told as the same', () => {
    expect(
      en(
        [
          'Clashes near Manbij',
          'Two Turkish-backed rebels were killed and three were wounded in clashes with Kurdish forces near Manbij on Saturday, a rebel commander said. At least four YPG fighters were killed in the fighting, a monitor said.',
        ],
        '2018-03-11',
      ),
    ).toEqual([[2, 3, null]]);
  });
});

describe('"تصدى مقاتلو الوحدات عصر أمس الأحد لهجوم …، فيما استشهد مقاتلان": an attack fought off', () => {
  it('sums the defenders counted by a dual with the attackers killed, the day told before the attack', () => {
    expect(
      ar(
        [
          'صد هجوم في ريف عفرين',
          'تصدى مقاتلو وحدات حماية الشعب عصر أمس الأحد لهجوم شنته فصائل مسلحة على قرية قرب راجو، واستمرت الاشتباكات ساعات. وقال بيان للوحدات إن ثمانية من المهاجمين قتلوا خلال صد الهجوم، فيما استشهد مقاتلان من الوحدات.',
        ],
        '2018-03-05',
      ),
    ).toEqual([[10, null, null]]);
  });
});
