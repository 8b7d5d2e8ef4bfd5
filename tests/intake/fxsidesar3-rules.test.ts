// Rules added for both sides' dead of a fight told apart in Arabic (issue 12, probe-s28e … s29d),
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { sideInTheFight } from '../../src/intake/attackers/side-in-the-fight.js';

const tolls = (paragraphs: string[]) =>
  extracted(paragraphs, 'ar', '2020-05-12').map((x) => ({ killed: x.killed, wounded: x.wounded }));
const read = (text: string) => {
  const { killed, wounded, attackersKilled } = findCasualties(matchView(text), 'ar');
  return { killed, wounded, attackersKilled };
};

describe('a force that lost men counted by a number or the dual (lost-fighters.ts)', () => {
  it('reads "فيما فقدت الكتائب مقاتلَين اثنين" as two dead', () => {
    expect(read('فيما فقدت الكتائب مقاتلَين اثنين وأصيب أربعة آخرون').killed).toBe(2);
  });
  it('reads "خسر الحشد ثلاثة عناصر" and "فقد الجيش جنديين" as dead', () => {
    expect(read('وخسر الحشد ثلاثة عناصر في الهجوم').killed).toBe(3);
    expect(read('فيما فقد الجيش جنديين').killed).toBe(2);
  });
  it('loses no one where posts or touch were lost', () => {
    expect(read('فيما خسرت القوات ثلاثة مواقع').killed).toBeNull();
    expect(read('وفقدت الدورية الاتصال بعنصرين').killed).toBeNull();
  });
});

describe('some of a side told fallen in the fight just told (side-in-the-fight.ts)', () => {
  it('reads "فيما سقط خمسة من المدافعين خلال الاشتباكات" as a side of the fight', () => {
    expect(sideInTheFight(matchView('فيما قتل خمسة من المدافعين خلال الاشتباكات').text)).toBe(true);
  });
  it('does not read dead in a strike, or a fight of its own, so', () => {
    expect(sideInTheFight(matchView('فيما قتل خمسة من المدنيين في غارة جوية').text)).toBe(false);
    expect(sideInTheFight(matchView('فيما قتل خمسة من المقاتلين في اشتباكات أخرى').text)).toBe(false);
  });
  it('adds the defenders\' dead to the attackers an attack absorbed left (and "استيعاب الهجوم" tells a fight)', () => {
    expect(
      tolls([
        'حاولت قوات النظام فجر أمس الأحد التقدم نحو بلدة كفرنبودة في ريف حماة الشمالي، إلا أن المقاتلين تمكنوا من استيعاب الهجوم وقتلوا 12 عنصراً من المهاجمين، فيما ارتقى ثلاثة من المقاتلين خلال المعارك.',
      ]),
    ).toEqual([{ killed: 15, wounded: null }]);
  });
});

describe('armed men\'s dead set by "while" against a fight, their bodies told after (incidents.ts)', () => {
  it('adds "بينما قال شهود إن ثلاثة من المسلحين قتلوا ونقلت جثثهم" to the soldier of the fight', () => {
    expect(
      tolls([
        'دارت أمس الأحد اشتباكات عنيفة بين القوات الأميركية ومسلحين قرب مدينة الرمادي في محافظة الأنبار. وأعلن الجيش الأميركي مقتل أحد جنوده في المواجهات، بينما قال شهود إن ثلاثة من المسلحين قتلوا ونقلت جثثهم إلى المستشفى.',
      ]),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});
