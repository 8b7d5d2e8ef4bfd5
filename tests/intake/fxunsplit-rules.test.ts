// Rules from the fxunsplit round (issue 12, tolls that do not split the dead from the wounded): the
// unsplit toll counted in words or by a dual, the verbs and nouns that tell one, and an item told so
// kept as an incident of its own; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('the verbs and nouns of a toll told unsplit', () => {
  it('"قتل أو جرح سبعة مدنيين": the verbs joined by "or" split nothing', () => {
    expect(
      tolls(['قتل أو جرح سبعة مدنيين بقصف مدفعي على بلدة كفرنبل جنوبي إدلب اليوم.'], 'ar', '2021-03-10'),
    ).toEqual([{ killed: null, wounded: null }]);
  });

  it('"سقوط 12 قتيلاً وجريحاً": the two nouns in the accusative are one count', () => {
    expect(
      tolls(
        ['أدى القصف الصاروخي إلى سقوط 12 قتيلاً وجريحاً في مدينة معرة النعمان مساء أمس.'],
        'ar',
        '2021-03-10',
      ),
    ).toEqual([{ killed: null, wounded: null }]);
  });

  it('"استشهاد وإصابة خمسة": the martyrs and the wounded of local copy, one count', () => {
    expect(
      tolls(
        ['أسفرت الغارة عن استشهاد وإصابة خمسة مدنيين في بلدة سرمين شرقي إدلب اليوم.'],
        'ar',
        '2021-03-10',
      ),
    ).toEqual([{ killed: null, wounded: null }]);
  });
});

describe('a toll told unsplit with its number in words is casualties of an item of its own', () => {
  it('"سقط تسعة مدنيين بين قتيل وجريح" at a village the gazetteer does not know: its own incident', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة مدنيين بغارة جوية على مدينة أريحا جنوبي إدلب اليوم.',
          'وفي قرية الزعينية، سقط تسعة مدنيين بين قتيل وجريح بقصف مدفعي طال منازلهم.',
        ],
        'ar',
        '2021-03-10',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: null, wounded: null },
    ]);
  });

  it('"سقط عنصران … بين قتيل وجريح": a dual counts two', () => {
    expect(
      tolls(
        [
          'قتل مدنيان بقصف مدفعي على مدينة أريحا جنوبي إدلب اليوم.',
          'وفي قرية الزعينية، سقط عنصران من الفصائل بين قتيل وجريح بانفجار لغم أرضي.',
        ],
        'ar',
        '2021-03-10',
      ),
    ).toEqual([
      { killed: 2, wounded: null },
      { killed: null, wounded: null },
    ]);
  });

  it('"In X, mortar fire killed or wounded seven people": the next item of a roundup', () => {
    expect(
      tolls(
        [
          'In Tuz Khurmatu, a roadside bomb killed two policemen and wounded four more.',
          'In Yankija, mortar fire killed or wounded seven people, residents said.',
        ],
        'en',
        '2016-05-10',
      ),
    ).toEqual([
      { killed: 2, wounded: 4 },
      { killed: null, wounded: null },
    ]);
  });
});
