// Rules from the fxnodraft20 round (issue 12, gold incidents never drafted, one event drafted twice):
// on sentences written for them, not copied from a probe article.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

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
