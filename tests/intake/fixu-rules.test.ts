// Rules of a second teller's toll for the event just told (issue 12, probe-u), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's killed and wounded. */
const tolls = (raw: string, published: string) =>
  draftedIncidents(raw, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe("a second teller's toll is the event just told", () => {
  it('"حصيلة المواجهات": the toll of the confrontations names those told before', () => {
    expect(
      tolls(
        'مواجهات في الناصرية\n\nأفاد مصدر طبي في الناصرية، اليوم الأربعاء، بمقتل متظاهرين اثنين وإصابة 40 آخرين خلال مواجهات مع قوات الأمن مساء أمس الثلاثاء.\n\nمن جهتها، أعلنت منظمة حقوقية في بيان أن حصيلة المواجهات بلغت ثلاثة قتلى و55 مصاباً.',
        '2019-12-04',
      ),
    ).toEqual([{ killed: 2, wounded: 40 }]);
  });

  it('"died on the way to Erbil for treatment": the town they were carried to is not the event\'s', () => {
    expect(
      tolls(
        'Bomb hits patrol near Kirkuk\n\nA roadside bomb struck an army patrol west of Kirkuk on Monday, killing four soldiers and wounding nine, an officer said.\n\nA second officer gave a toll of six dead, saying two more soldiers died on the way to Erbil for treatment.',
        '2019-03-05',
      ),
    ).toEqual([{ killed: 4, wounded: 9 }]);
  });

  it('"a nurse at Tikrit hospital told Reuters": where the teller works is not where it happened', () => {
    expect(
      tolls(
        'Blast kills farmers near Samarra\n\nAn explosive device went off in a field east of Samarra on Friday, killing five farmers, police said.\n\n"Five bodies were brought in, all of them men," a doctor at Tikrit hospital told Reuters.',
        '2018-04-21',
      ),
    ).toEqual([{ killed: 5, wounded: null }]);
  });

  it('"أن عدد الجرحى … ارتفع إلى 10": the number of wounded, told before its rise, is the toll now', () => {
    expect(
      tolls(
        'قذائف على مدينة السقيلبية\n\nاستشهد ثلاثة مدنيين وأصيب 7 بجروح جراء سقوط قذائف صاروخية على مدينة السقيلبية اليوم.\n\nوفي تصريح للصحفيين، أوضح مدير مستشفى السلمية أن عدد الجرحى الذين نقلوا إلى المستشفى ارتفع إلى 10.',
        '2018-02-11',
      ),
    ).toEqual([{ killed: 3, wounded: 10 }]);
  });
});

describe('the dead in the dual', () => {
  it('"ارتقى شهيدان": two dead, the nominative dual', () => {
    expect(
      tolls(
        'قذيفة على حي سكني\n\nارتقى شهيدان وأصيب أربعة أشخاص بجروح جراء سقوط قذيفة هاون على حي سكني في مدينة درعا مساء أمس.',
        '2019-06-02',
      ),
    ).toEqual([{ killed: 2, wounded: 4 }]);
  });
});
