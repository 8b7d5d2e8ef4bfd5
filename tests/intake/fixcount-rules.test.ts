// Rules added on the opened probe-zb and probe-zc (issue 12): who and how many a clause counts,
// each on an example written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-05-12') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en') =>
  run(paragraphs, lang).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('a number, its counted noun, then one more person joined by "و"', () => {
  it('reads "أربعة مقاتلين وطفل" as five killed', () => {
    expect(
      tolls(
        [
          'قتل أربعة مقاتلين وطفل، وأصيب ثلاثة أشخاص، مساء أمس الثلاثاء، في اشتباكات بين مجموعتين مسلحتين في مدينة الباب بريف حلب الشرقي.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 5, wounded: 3 }]);
  });
});

describe('"another" as the object of a verb of the blow', () => {
  it('reads "killed one shepherd and injured another outside the village" as one wounded', () => {
    expect(
      tolls(
        [
          'A landmine left by Islamic State killed one shepherd and injured another outside the village of Tal Afar in Nineveh on Tuesday, a local official said.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('the one attacker counted inside a toll is kept apart from the victims', () => {
  it('reads "12 قتيلاً بينهم الانتحاري" as eleven victims and one attacker', () => {
    const [x] = run(
      [
        'قال مصدر في شرطة كركوك، اليوم الأربعاء، إن حصيلة التفجير الانتحاري الذي استهدف مجلس عزاء في قضاء الحويجة ارتفعت إلى 12 قتيلاً بينهم الانتحاري، و20 جريحاً.',
      ],
      'ar',
    );
    expect([x?.killed, x?.wounded, x?.attackersKilled]).toEqual([11, 20, 1]);
  });
  it('reads "killing eight people, including the bomber" as seven victims', () => {
    const [x] = run(
      [
        'A suicide attack on a wedding hall in Tikrit in Salahuddin province on Tuesday killed eight people, including the bomber, police said.',
      ],
      'en',
    );
    expect([x?.killed, x?.attackersKilled]).toEqual([7, 1]);
  });
});

describe('wounded counted, then "one of them died" in the same clause', () => {
  it('moves one of "إصابة أربعة آخرين، توفي أحدهم" to the dead', () => {
    expect(
      tolls(
        [
          'هاجم مسلحون من تنظيم داعش نقطة للجيش العراقي في ناحية العظيم بمحافظة ديالى مساء أمس، ما أسفر عن مقتل جندي وإصابة أربعة آخرين، توفي أحدهم صباح اليوم في المستشفى.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 2, wounded: 3 }]);
  });
  it('moves one of "wounding five, one of whom later died" to the dead', () => {
    expect(
      tolls(
        [
          'Gunmen attacked an army checkpoint in Tarmiyah north of Baghdad on Monday night, killing two soldiers and wounding five, one of whom later died in hospital.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 3, wounded: 4 }]);
  });
});
