// Rules from the fxcounts37 round (issue 12, counts of people in single incidents): the head of a
// family named with the family indefinite ("رب أسرة وطفلاه"); a money changer ("صرافاً") as a person
// noun; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the head of a family, the family indefinite', () => {
  it('"قتل رب عائلة وابناه" counts him and his two sons', () => {
    expect(
      ingested(
        'مقتل ثلاثة من عائلة واحدة',
        ['قتل رب عائلة وابناه، ظهر أمس الأحد، بانفجار لغم أرضي في قرية قرب ناحية العظيم شمالي محافظة ديالى.'],
        '2016-04-11',
      ),
    ).toEqual([{ from: '2016-04-10', to: '2016-04-10', governorate: 'Diyala', killed: 3, wounded: null }]);
  });
});

describe('a money changer is one person', () => {
  it('"قتل مسلحون صرافاً" is one dead', () => {
    expect(
      ingested(
        'مقتل صراف في كركوك',
        ['قتل مسلحون مجهولون صرافاً داخل محله في سوق مدينة كركوك، مساء أمس الخميس، وسرقوا مبلغاً من المال.'],
        '2010-03-12',
      ),
    ).toEqual([{ from: '2010-03-11', to: '2010-03-11', governorate: 'Kirkuk', killed: 1, wounded: null }]);
  });
});
