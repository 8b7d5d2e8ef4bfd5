// Rules from the fxcounts21 round (issue 12, casualty counts of victims listed one by one): "another"
// told of one listed, then more joined after it; a parent heading a list of their own kin (and not
// "آب", August, when the list comes right after the verb); the dead or wounded named, their count the
// predicate ("إن الشهداء أربعة"); targets "hit" by a strike, no one wounded; each on sentences written
// for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('"another" told of one listed, the list read on past it', () => {
  it('"قتل طفل وامرأة أخرى ورجلان": four', () => {
    expect(
      tolls(
        ['قتل طفل وامرأة أخرى ورجلان جراء قصف مدفعي على بلدة سراقب في ريف إدلب مساء اليوم.'],
        'ar',
        '2014-03-02',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
  it('"أصيب شرطي ومدني آخر وطفلان": four wounded', () => {
    expect(
      tolls(
        ['أصيب شرطي ومدني آخر وطفلان بانفجار عبوة ناسفة في قضاء الفلوجة بمحافظة الأنبار صباح اليوم.'],
        'ar',
        '2014-03-02',
      ),
    ).toEqual([{ killed: null, wounded: 4 }]);
  });
});

describe('a parent heading a list of their own kin: one more', () => {
  it('"قتل أب وابنه" right after the verb: two (the father is no "آب")', () => {
    expect(
      tolls(
        ['قتل أب وابنه بنيران مسلحين مجهولين في قضاء بعقوبة بمحافظة ديالى مساء اليوم.'],
        'ar',
        '2016-04-10',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
  it('"جثامين أم وطفليها": three', () => {
    expect(
      tolls(
        ['شيع الأهالي اليوم جثامين أم وطفليها قتلوا بقصف على بلدة معرة النعمان في ريف إدلب أمس.'],
        'ar',
        '2016-04-10',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
  it('"مقتل أب واثنين من أبنائه": three', () => {
    expect(
      tolls(
        ['أسفر الهجوم عن مقتل أب واثنين من أبنائه في ناحية العظيم بمحافظة ديالى اليوم.'],
        'ar',
        '2016-04-10',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('the dead named, their count the predicate: "إن الشهداء أربعة"', () => {
  it('"وأوضح الناشط أن الضحايا ثلاثة، فيما يعالج المسعفون ستة جرحى": three and six', () => {
    expect(
      tolls(
        [
          'سقطت قذائف صاروخية على حي الوعر في مدينة حمص صباح اليوم، وأوضح الناشط أن الضحايا ثلاثة، فيما يعالج المسعفون ستة جرحى.',
        ],
        'ar',
        '2014-03-02',
      ),
    ).toEqual([{ killed: 3, wounded: 6 }]);
  });
});

describe('targets "hit" by a strike: no one wounded', () => {
  it('"… وقال الجيش إن مدفعيته أصابت أهدافاً إرهابية": the dead only', () => {
    expect(
      tolls(
        [
          'قتل مدنيان بقصف مدفعي على قرية قرب ناحية سيدكان في أربيل يوم الأحد، فيما قال الجيش في بيان إن مدفعيته أصابت أهدافاً إرهابية.',
        ],
        'ar',
        '2016-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});
