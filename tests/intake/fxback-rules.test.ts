// Rules added for background incidents told with a month or a relative period (issue 12, fixer fxback),
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

describe('blows told as struck together are one event of their month', () => {
  it('"تفجيرات متزامنة" in a past month with many dead: an event, not the month\'s count', () => {
    expect(
      incidents(
        [
          'أصيب ثلاثة أشخاص بانفجار عبوة ناسفة قرب سوق شعبي في مدينة الحلة صباح اليوم.',
          'وكانت مدينة الحلة قد شهدت في أيار الماضي تفجيرات متزامنة طالت أسواقا ومقرات أمنية، أودت بحياة 45 شخصا.',
        ],
        'ar',
        '2013-07-20',
      ),
    ).toEqual([
      { from: '2013-07-20', to: '2013-07-20', governorate: 'Babil', killed: null, wounded: 3 },
      { from: '2013-05-01', to: '2013-05-31', governorate: 'Babil', killed: 45, wounded: null },
    ]);
  });
  it('"coordinated bombings … in May": one event of May', () => {
    expect(
      incidents(
        [
          'A roadside bomb wounded two policemen in the town of Baquba in Diyala province on Sunday.',
          'In May, coordinated bombings in Baquba killed 40 people.',
        ],
        'en',
        '2013-07-21',
      ),
    ).toEqual([
      { from: '2013-07-21', to: '2013-07-21', governorate: 'Diyala', killed: null, wounded: 2 },
      { from: '2013-05-01', to: '2013-05-31', governorate: 'Diyala', killed: 40, wounded: null },
    ]);
  });
  it("blows in the plural with no word of one time stay the month's count", () => {
    expect(
      incidents(
        [
          'أصيب ثلاثة أشخاص بانفجار عبوة ناسفة قرب سوق شعبي في مدينة الحلة صباح اليوم.',
          'وقتل 45 شخصا بهجمات في مدينة الحلة في أيار الماضي.',
        ],
        'ar',
        '2013-07-20',
      ),
    ).toEqual([{ from: '2013-07-20', to: '2013-07-20', governorate: 'Babil', killed: null, wounded: 3 }]);
  });
});

describe("a ruling told past the lead: the deed's dead told as lives taken", () => {
  it('"الذي أودى بحياة 17 شخصا": the deed is an incident with its own month', () => {
    expect(
      incidents(
        [
          'اعتقلت قوة أمنية مطلوبا في قضاء الخالص بمحافظة ديالى، اليوم الأحد.',
          'من جهة أخرى، أصدرت محكمة الجنايات حكما بالإعدام بحق مدانين اثنين بتنفيذ تفجير سوق قضاء الخالص في آذار 2012، الذي أودى بحياة 17 شخصا وإصابة 40 آخرين.',
        ],
        'ar',
        '2013-01-13',
      ),
    ).toEqual([{ from: '2012-03-01', to: '2012-03-31', governorate: 'Diyala', killed: 17, wounded: 40 }]);
  });
  it('told after other news, its deed with a month and lives taken is an incident of its own', () => {
    expect(
      incidents(
        [
          'أصيب مدنيان بانفجار عبوة ناسفة في قضاء الخالص بمحافظة ديالى، صباح اليوم الأحد.',
          'وأضاف المصدر أن قوة أمنية طوقت المكان.',
          'من جهة أخرى، أصدرت محكمة الجنايات حكما بالإعدام بحق مدانين اثنين بتنفيذ تفجير سوق قضاء الخالص في آذار 2012، الذي أودى بحياة 17 شخصا وإصابة 40 آخرين.',
        ],
        'ar',
        '2013-01-13',
      ),
    ).toEqual([
      { from: '2013-01-13', to: '2013-01-13', governorate: 'Diyala', killed: null, wounded: 2 },
      { from: '2012-03-01', to: '2012-03-31', governorate: 'Diyala', killed: 17, wounded: 40 },
    ]);
  });
});

describe('", and in July …" opens an event of its own', () => {
  it('two earlier blows of a list, each its own month and toll', () => {
    expect(
      incidents(
        [
          'A suicide bomber killed four soldiers at a checkpoint in Tuz Khurmatu in Salahuddin province on Friday.',
          'In April, a car bomb at a market in Tikrit killed six people, and in August three policemen were wounded when a bomb went off under their car in Samarra.',
        ],
        'en',
        '2012-10-12',
      ),
    ).toEqual([
      { from: '2012-10-12', to: '2012-10-12', governorate: 'Salahuddin', killed: 4, wounded: null },
      { from: '2012-04-01', to: '2012-04-30', governorate: 'Salahuddin', killed: 6, wounded: null },
      { from: '2012-08-01', to: '2012-08-31', governorate: 'Salahuddin', killed: null, wounded: 3 },
    ]);
  });
});

describe('an armed quarrel recalled as similar, however long ago', () => {
  it('"A similar feud … last year left two dead": an incident of last year', () => {
    expect(
      incidents(
        [
          'Four people were killed on Tuesday when a quarrel over water between two tribes turned into a gunfight near Khalis in Diyala province, police said.',
          'A similar feud near Khalis last year left two men dead.',
        ],
        'en',
        '2017-06-14',
      ),
    ).toEqual([
      { from: '2017-06-13', to: '2017-06-13', governorate: 'Diyala', killed: 4, wounded: null },
      { from: '2016-01-01', to: '2016-12-31', governorate: 'Diyala', killed: 2, wounded: null },
    ]);
  });
});

describe('a town named after "the capital"\'s bearing is the spot, not the capital', () => {
  it('"قرب الكسوة جنوب العاصمة دمشق": in Rif Dimashq, not in Damascus', () => {
    expect(
      incidents(
        [
          'قتل ثلاثة عناصر من قوات النظام بقصف صاروخي على مواقع لهم قرب الكسوة جنوب العاصمة دمشق، فجر اليوم الأحد.',
        ],
        'ar',
        '2019-11-10',
      ),
    ).toEqual([
      { from: '2019-11-10', to: '2019-11-10', governorate: 'Rif Dimashq', killed: 3, wounded: null },
    ]);
  });
});

describe('a town that is also a word, told as what witnessed the event', () => {
  it('"وكانت العمارة قد شهدت…": the event is in Maysan, not in the city a relative clause names', () => {
    expect(
      incidents(
        [
          'وكانت العمارة قد شهدت أمس مقتل متظاهرين اثنين بنيران قوات الأمن، خلال الاحتجاجات التي عمت بغداد ومدن الوسط.',
        ],
        'ar',
        '2019-11-03',
      ),
    ).toEqual([{ from: '2019-11-02', to: '2019-11-02', governorate: 'Maysan', killed: 2, wounded: null }]);
  });
});

describe("the gazetteer knows Qal'at Salih spelt with a double a", () => {
  it('"near the town of Qalaat Salih": Maysan', () => {
    expect(
      incidents(
        ['A roadside bomb wounded two policemen near the town of Qalaat Salih on Sunday, police said.'],
        'en',
        '2010-03-15',
      ),
    ).toEqual([{ from: '2010-03-14', to: '2010-03-14', governorate: 'Maysan', killed: null, wounded: 2 }]);
  });
});
