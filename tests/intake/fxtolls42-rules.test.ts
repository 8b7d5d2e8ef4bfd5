// Rules from the fxtolls42 round (issue 12, tolls of a matched incident): a count's opener after words
// between the verb and it, first reports replaced by the toll told before them, reports called wrong,
// a clock time that counts no one, and one who survived the blow. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('"وقتل في الغارة ما بين 4 و6", "وأصيب في الانفجار أكثر من 40": the opener past words after the verb', () => {
  it('reads a range told a few words past the verb', () => {
    expect(
      tolls(
        [
          'استهدفت طائرة حربية مخبزاً في مدينة سراقب بريف إدلب صباح اليوم الأحد، وقتل في الغارة ما بين 4 و6 مدنيين بحسب ناشطين.',
        ],
        'ar',
        '2016-02-14',
      ),
    ).toEqual([{ killed: { low: 4, high: 6 }, wounded: null }]);
  });

  it('reads "أكثر من" told a few words past the verb', () => {
    expect(
      tolls(
        ['انفجرت سيارة مفخخة في سوق مدينة الباب بريف حلب صباح اليوم، وأصيب في الانفجار أكثر من 40 شخصاً.'],
        'ar',
        '2016-02-14',
      ),
    ).toEqual([{ killed: null, wounded: 40 }]);
  });
});

describe('"…، بعد أن تحدثت مصادر أولية عن مقتل ستة": the first reports the toll told before replaced', () => {
  it('keeps the toll told before the first reports', () => {
    expect(
      tolls(
        [
          'عدّلت مديرية الصحة، اليوم السبت، حصيلة تفجير سيارة مفخخة في سوق مدينة بعقوبة، مساء أمس الجمعة، إلى قتيلين وتسعة جرحى، بعد أن تحدثت مصادر أولية عن مقتل ستة أشخاص.',
        ],
        'ar',
        '2014-03-08',
      ),
    ).toEqual([{ killed: 2, wounded: 9 }]);
  });

  it('and in English', () => {
    expect(
      tolls(
        [
          'A roadside bomb exploded near a bakery in Baquba on Friday evening, killing two people and wounding nine, after initial reports said six were killed.',
        ],
        'en',
        '2014-03-08',
      ),
    ).toEqual([{ killed: 2, wounded: 9 }]);
  });
});

describe('"وأن الأنباء عن مقتل ستة كانت غير دقيقة": reports called wrong after their figures', () => {
  it('takes no toll from the reports a teller calls inaccurate', () => {
    expect(
      tolls(
        [
          'انفجرت عبوة ناسفة قرب مطعم شعبي في مدينة بعقوبة مساء أمس الجمعة، ما أسفر عن مقتل شخصين وإصابة تسعة.',
          'وقال مسؤول في شرطة ديالى إن "العبوة وضعت داخل حاوية نفايات قرب المطعم"، مضيفا أن "الحصيلة النهائية هي قتيلان وتسعة جرحى، وأن الأنباء عن سقوط ستة قتلى كانت غير دقيقة".',
        ],
        'ar',
        '2014-03-08',
      ),
    ).toEqual([{ killed: 2, wounded: 9 }]);
  });
});

describe('"MOSUL (9:25 P.M.) - A shepherd was killed": a clock time counts no one', () => {
  it("reads no dead from a dateline's time", () => {
    expect(
      tolls(
        [
          'Shepherd killed by landmine near Mosul',
          'MOSUL, IRAQ (9:25 P.M.) - A shepherd was killed on Saturday when a landmine exploded near the village of Badush, west of Mosul, a police source said.',
        ],
        'en',
        '2017-05-14',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('"وكان مدير الناحية قد نجا من محاولة اغتيال": the one who survived is not its dead', () => {
  it('counts only the one hit beside him', () => {
    expect(
      tolls(
        [
          'وكان مدير ناحية العظيم قد نجا الأسبوع الماضي من محاولة اغتيال بعبوة ناسفة زرعت قرب منزله في محافظة ديالى، أسفرت عن إصابة أحد حراسه.',
        ],
        'ar',
        '2014-03-08',
      ),
    ).toEqual([{ killed: null, wounded: 1 }]);
  });
});
