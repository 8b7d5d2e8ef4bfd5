// Rules found on fighters killed in strikes, raids and clashes (issue 12, fixer fxcombat): the dead
// of an air strike counted in the source's quoted words, both sides' dead of a clash counted "at
// least" first, a monitor's toll of one day's clashes, the side hit striking back from the air,
// "another" militants killed in a fight of their own elsewhere, a count told over the towns just
// told, and a toll told after a fight going on; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted, tolls } from '../support/tolls.js';

describe('a count quoted from the source after "killing"', () => {
  it('"killing \\"around 15\\" insurgents": the strike\'s dead', () => {
    expect(
      tolls(
        [
          'The coalition said on Friday that its jets had bombed Islamic State positions near the town of Hit in Anbar province on Thursday, killing "around 15" insurgents and destroying a weapons depot.',
        ],
        'en',
        '2017-03-10',
      ),
    ).toEqual([{ killed: 15, wounded: null }]);
  });
});

describe('the two sides of a clash counted after "at least"', () => {
  it('"مقتل 9 على الأقل من عناصر النظام، و5 من مقاتلي الفصائل": both sides, 14', () => {
    expect(
      tolls(
        [
          'دارت اشتباكات عنيفة يوم أمس على محور بلدة اللطامنة في ريف حماة الشمالي، وأحصى المرصد مقتل 9 على الأقل من عناصر قوات النظام والمجموعات الموالية لها، و5 من مقاتلي الفصائل.',
        ],
        'ar',
        '2019-06-02',
      ),
    ).toEqual([{ killed: 14, wounded: null }]);
  });
});

describe("a monitor's toll of one day's clashes at a spot the gazetteer does not know", () => {
  it('"ووثق المرصد مقتل 6 من قسد و10 من التنظيم منذ فجر أمس": the clashes\' dead, one event', () => {
    expect(
      extracted(
        [
          'قتل تسعة مدنيين بقصف مدفعي على حي الرشيد في مدينة دير الزور، اليوم الثلاثاء.',
          'وفي سياق آخر، تدور اشتباكات بين قوات سوريا الديمقراطية وعناصر تنظيم الدولة الإسلامية عند أطراف حي الحويقة غربي المدينة، حيث وثق المرصد مقتل 6 من قسد و10 من عناصر التنظيم منذ فجر أمس.',
        ],
        'ar',
        '2017-09-26',
      ).map((x) => ({ from: x.date?.from, killed: x.killed })),
    ).toEqual([
      { from: '2017-09-26', killed: 9 },
      { from: '2017-09-25', killed: 16 },
    ]);
  });
});

describe('the side that was hit striking back from the air', () => {
  it('"Hours later, Turkish jets bombed PKK hideouts …, killing three militants": a strike of its own', () => {
    expect(
      tolls(
        [
          'A Turkish soldier was killed and two others wounded when PKK fighters attacked a military post in Duhok province on Tuesday, the Turkish defence ministry said.',
          'Officials said the fighters fired rockets at the outpost near the village of Kesta, in Amadiya district.',
          'Hours later, Turkish jets bombed PKK hideouts in the same area, killing three militants, the ministry added.',
        ],
        'en',
        '2021-05-19',
      ),
    ).toEqual([
      { killed: 1, wounded: 2 },
      { killed: 3, wounded: null },
    ]);
  });
});

describe('"another" militants killed in a fight of another kind elsewhere', () => {
  it('air strikes near one town, then "Another four militants were killed in clashes near …" (a place of no one governorate): two events', () => {
    expect(
      extracted(
        [
          'Security forces killed 17 militants in air strikes near Baiji. Another four militants were killed in clashes near Lake Tharthar, where two soldiers also died.',
        ],
        'en',
        '2017-05-03',
      ).map((x) => ({ place: x.place?.text, killed: x.killed, attackersKilled: x.attackersKilled })),
    ).toEqual([
      { place: 'near Baiji', killed: 17, attackersKilled: null },
      { place: 'Lake Tharthar', killed: 2, attackersKilled: 4 },
    ]);
  });
});

describe('a count told over the several towns just told', () => {
  it('"وأصيب 14 آخرون بجروح في القرى الثلاث": no one strike\'s wounded', () => {
    expect(
      tolls(
        [
          'وثق المرصد مقتل 5 مواطنين بغارات جوية على بلدة كفرنبل في ريف إدلب الجنوبي، كما قتل مواطنان بقصف صاروخي على مدينة خان شيخون، فيما قتل 3 آخرون بقصف مدفعي على بلدة التمانعة، وأصيب 14 آخرون بجروح في القرى الثلاث.',
        ],
        'ar',
        '2019-05-20',
      ),
    ).toEqual([
      { killed: 5, wounded: null },
      { killed: 2, wounded: null },
      { killed: 3, wounded: null },
    ]);
  });
});

describe('a toll with no place told after a fight going on', () => {
  it('"…were battling IS near Hit. A monitor said 12 soldiers and 20 militants had died since Sunday": the fight\'s', () => {
    expect(
      extracted(
        [
          'Iraqi troops backed by tribal fighters were battling Islamic State militants on the edges of the town of Hit in Anbar province. A local official said 12 soldiers and 20 militants had died since Sunday.',
        ],
        'en',
        '2016-03-22',
      ).map((x) => ({
        governorate: x.place?.governorate?.en,
        killed: x.killed,
        attackersKilled: x.attackersKilled,
      })),
    ).toEqual([{ governorate: 'Anbar', killed: 12, attackersKilled: 20 }]);
  });
});
