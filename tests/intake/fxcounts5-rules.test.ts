// Rules from the fxcounts5 round (issue 12, a casualty clause whose count is not a plain number before
// a casualty noun): the one a clause tells of, then a count of his own people joined to him ("مقتله
// ومقتل اثنين من مرافقيه", "قتل مع اثنين من حراسه", "أصيب مع …"), "all" before the count a verb of
// the blow takes ("killing all three people inside"), and one taken whose body the same clause finds;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the one a clause tells of, and a count of his own people joined to him: both counted', () => {
  it('"ما أدى إلى مقتله ومقتل ثلاثة من حراسه": four dead', () => {
    expect(
      ingested(
        'مقتل ضابط وحراسه بعبوة في كركوك',
        [
          'قال مصدر أمني إن عبوة ناسفة انفجرت مساء أمس الاثنين بسيارة ضابط في الشرطة على طريق جنوب مدينة كركوك، ما أدى إلى مقتله ومقتل ثلاثة من حراسه.',
        ],
        '2016-03-15',
      ),
    ).toEqual([{ from: '2016-03-14', to: '2016-03-14', governorate: 'Kirkuk', killed: 4, wounded: null }]);
  });

  it('"قتل مع اثنين من مرافقيه": the one the verb tells of and the two with him, three dead', () => {
    expect(
      ingested(
        'مقتل ضابط بهجوم في ديالى',
        [
          'أفاد مصدر في الشرطة بأن ضابطاً في الجيش قتل مع اثنين من مرافقيه بهجوم مسلح استهدف سيارته صباح اليوم الأحد في قضاء المقدادية بمحافظة ديالى.',
        ],
        '2015-09-06',
      ),
    ).toEqual([{ from: '2015-09-06', to: '2015-09-06', governorate: 'Diyala', killed: 3, wounded: null }]);
  });

  it('"أصيب مع ثلاثة من أبنائه": the one the verb tells of and the three with him, four wounded', () => {
    expect(
      ingested(
        'إصابة مزارع وأبنائه بقذيفة في ريف حماة',
        [
          'قال ناشطون إن مزارعاً من أهالي القرية أصيب مع ثلاثة من أبنائه بقذيفة سقطت على أرضه عصر اليوم الخميس في بلدة كفرزيتا بريف حماة الشمالي.',
        ],
        '2019-05-09',
      ),
    ).toEqual([{ from: '2019-05-09', to: '2019-05-09', governorate: 'Hama', killed: null, wounded: 4 }]);
  });
});

describe('one taken, whose body the same clause finds: its one dead', () => {
  it('a shooting, then "ويأتي الحادث بعد أسبوع من اختطاف موظف …، عثر على جثته": two incidents, one dead each', () => {
    expect(
      ingested(
        'مقتل سائق أجرة برصاص مجهولين في كركوك',
        [
          'قتل سائق سيارة أجرة، مساء أمس الثلاثاء، برصاص مسلحين مجهولين في حي الواسطي بمدينة كركوك، بحسب مصدر في الشرطة.',
          'ويأتي الحادث بعد أسبوع من اختطاف موظف في دائرة الكهرباء في حي النصر، عثر على جثته لاحقاً في أرض زراعية جنوب المدينة.',
        ],
        '2017-04-12',
      ).map((x) => x.killed),
    ).toEqual([1, 1]);
  });
});

describe('"all" before the count a verb of the blow takes: the count of those it hit', () => {
  it('"killing all four men inside": four dead', () => {
    expect(
      ingested(
        'Drone strike kills four in Dohuk',
        [
          'On Thursday morning, a drone struck a car on a mountain road near Amadiya in Duhok province, killing all four men inside, a local official said.',
        ],
        '2022-05-14',
      ),
    ).toEqual([{ from: '2022-05-12', to: '2022-05-12', governorate: 'Duhok', killed: 4, wounded: null }]);
  });
});
