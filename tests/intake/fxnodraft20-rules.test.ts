// Rules from the fxnodraft20 round (issue 12, gold incidents never drafted, one event drafted twice):
// on sentences written for them, not copied from a probe article.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, ingested } from '../support/tolls.js';

const kinds = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) => ({
    killed: x.killed,
    subType: x.event.subType,
  }));

describe('the aviation as the doer of a blow: a strike from the air (so one event with its telling as a strike)', () => {
  it('"أعلن طيران الجيش قتل ستة مسلحين …": an air strike, not a clash', () => {
    expect(
      kinds(
        ['حصاد أمني', 'أعلن طيران الجيش قتل ستة مسلحين في صحراء الرطبة غربي الأنبار، أمس الأربعاء.'],
        '2020-03-12',
      ),
    ).toEqual([{ killed: 6, subType: 'air_drone_strike' }]);
    // (not "وبإسناد من طيران الجيش قتلت القوات …": the troops it supported did it)
    expect(
      kinds(
        [
          'حصاد أمني',
          'وبإسناد من طيران الجيش قتلت القوات الأمنية أمس خمسة مسلحين في اشتباكات قرب قضاء الحضر.',
        ],
        '2020-03-12',
      ),
    ).toEqual([{ killed: 5, subType: 'armed_clash' }]);
  });

  it('"إن طيران التحالف الدولي قصف … وكراً": an air strike, not shelling', () => {
    expect(
      kinds(
        [
          'حصاد أمني',
          'قالت مصادر أمنية إن طيران التحالف الدولي قصف مساء أمس وكراً لتنظيم داعش في قضاء الحضر، وقتل أربعة من عناصره.',
        ],
        '2020-03-12',
      ),
    ).toEqual([{ killed: 4, subType: 'air_drone_strike' }]);
  });
});

describe("a loose number that counts something else leaves the clause's own toll exact", () => {
  it('"its troops killed 18 IS fighters …, and that fewer than 200 militants remained": another event, not the blast told loosely', () => {
    expect(
      ingested(
        'Blast in Ramadi',
        [
          'RAMADI, Iraq (AP) — A car bomb exploded at a market in Ramadi on Monday, killing at least nine people and wounding 20, police said.',
          'Shopkeepers said the car had been parked outside a bakery since the morning. Its driver walked away minutes before the blast, one of them said.',
          'Families who fled the eastern quarter described days without water. "We drank from the river," said a woman who gave only her first name.',
          "Iraq's Counter-Terrorism Service said its troops killed 18 IS fighters on Monday as they pushed toward the river, and that fewer than 200 militants remained, most of them foreigners.",
        ],
        '2015-05-12',
      ).map((x) => x.killed),
    ).toEqual([9, 18]);
  });
});
