// Rules found on probe-zzf's misses (issue 12): victims counted where a funeral, a title, an active
// "wounded", a later death told with "also" or a stressing pronoun hid them; each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('one of the dead whose funeral it was', () => {
  it('"خلال جنازة أحد الضحايا": the wounded at the funeral are counted', () => {
    expect(
      tolls(
        ['أصيب ثلاثة شبان بجروح جراء إطلاق نار عشوائي خلال جنازة أحد الضحايا في مدينة إزرع أمس.'],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: null, wounded: 3 }]);
  });

  it('"at the funeral of one of the victims": the mourners hurt are counted', () => {
    expect(
      tolls(
        [
          'Two mourners were wounded by celebratory gunfire at the funeral of one of the victims in Daraa on Friday.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: null, wounded: 2 }]);
  });
});

describe('a notable by his title', () => {
  it('"الشيخ <name> ومرافقه": the sheikh and his companion, two dead', () => {
    expect(
      tolls(
        ['قتل الشيخ حسن المحمد ومرافقه برصاص مسلحين مجهولين في ريف درعا الغربي مساء أمس.'],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('the active "wounded" with its object', () => {
  it('"وأصابوا شقيقه بجروح": the gunmen wounded one more', () => {
    expect(
      tolls(
        ['قتل مسلحون مجهولون راعياً قرب قرية في ريف كركوك الجنوبي أمس، وأصابوا شقيقه بجروح.'],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('one more dead told with "also"', () => {
  it('"A passer-by also died of his injuries": two dead of one blast', () => {
    expect(
      tolls(
        [
          'A bomb killed a shopkeeper in the centre of Tikrit on Sunday. A passer-by also died of his injuries later.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('the pronoun that stresses the one killed', () => {
  it('"ما أدى إلى مقتله هو وشقيقه": he and his brother, two', () => {
    expect(
      tolls(
        ['انفجرت عبوة ناسفة بسيارة تاجر في ريف دير الزور الشرقي أمس، ما أدى إلى مقتله هو وشقيقه.'],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe("two of someone's, a feminine noun in the dual", () => {
  it('"وابنتيه": a man and his two daughters, three wounded', () => {
    expect(
      tolls(
        ['سقطت قذيفة صاروخية على منزل في ريف جبلة اليوم، ما أدى إلى إصابة رجل وابنتيه بجروح.'],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: null, wounded: 3 }]);
  });
});

describe('the wounded who died since, told as "one of them"', () => {
  it('"One of them … died of his injuries": one of the wounded, now dead', () => {
    expect(
      tolls(
        [
          'Gunmen wounded three policemen at a checkpoint in Tarmiyah on Sunday.',
          'One of them, a lieutenant, died of his injuries in hospital.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });

  it('a lead toll as things stand, then "initially said four were wounded": one of them died since', () => {
    expect(
      tolls(
        [
          'A rocket hit a market in Tuz Khurmatu on Friday, killing one person and wounding three, officials said.',
          'Police initially said four people were wounded. One of them, a shopkeeper, died of his wounds on Saturday.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
});

describe('an earlier attack recalled with its toll: twin blasts at the place of the news', () => {
  it('"In March, twin blasts there killed 20 people": an incident of its own, however long ago', () => {
    expect(
      tolls(
        [
          'A car bomb exploded at a market in Tal Afar on Thursday, killing six people.',
          'The town has been hit often. In March, twin blasts there killed 20 people.',
        ],
        'en',
        '2017-11-10',
      ),
    ).toEqual([
      { killed: 6, wounded: null },
      { killed: 20, wounded: null },
    ]);
  });
});
