// Tolls read from unseen probes (issue 12): revised, set against another source's, summed in a headline;
// each rule on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';

/** Each drafted incident's killed and wounded. */
const tolls = (paragraphs: string[], published: string) => {
  const result = ingest(paragraphs.join('\n\n'), { published });
  return result.ok ? result.draft.incidents.map((x) => [x.killed, x.wounded]) : null;
};

describe('an earlier toll the item itself revised', () => {
  it('"In Homs, … revising an earlier toll of five": a new item, not the count the event before had', () => {
    expect(
      tolls(
        [
          'Rebels shell army posts near Hama',
          'HAMA, Syria, March 3 (Xinhua) -- Rebels fired rockets at an army post near Hama on Monday, wounding three soldiers, a military source said.',
          'In Homs, at least 12 people were killed and 30 others wounded when a car bomb went off near a busy market on Monday, state media said, revising an earlier toll of five.',
        ],
        '2014-03-03',
      ),
    ).toEqual([
      [null, 3],
      [12, 30],
    ]);
  });
});

describe('the governorate a border is shared with is not the place', () => {
  it('"قرب الحدود الإدارية مع بادية دير الزور": the ambush was in Raqqa, on this side of the line', () => {
    const result = ingest(
      [
        'مقتل ثمانية جنود بكمين شرقي الرقة',
        'قتل ثمانية جنود وأصيب خمسة آخرون، صباح اليوم، بكمين استهدف سيارتهم على الطريق بين قرية الغانم ومعدان في ريف الرقة الشرقي، قرب الحدود الإدارية مع بادية دير الزور.',
      ].join('\n\n'),
      { published: '2019-06-11' },
    );
    expect(
      result.ok && result.draft.incidents.map((x) => [x.place.governorate?.en, x.killed, x.wounded]),
    ).toEqual([['Raqqa', 8, 5]]);
  });
});

describe('a kin told after the one killed is counted once', () => {
  it('"was killed outright and his nephew was wounded": one dead, one wounded', () => {
    expect(
      tolls(
        [
          'Village headman killed by roadside bomb',
          'A roadside bomb hit a car carrying a village headman near Baiji on Saturday, police said.',
          'The headman was killed outright and his nephew, who was with him, was wounded, a police officer said.',
        ],
        '2018-03-11',
      ),
    ).toEqual([[1, 1]]);
  });
});
