// Rules from the fxplaces14 round (issue 12, places): a toll is placed in the governorate of the spot
// the article names, not at a city a bearing is told from, nor at a town an ordinary word looks like;
// on sentences written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a place named in brackets, then a bearing from a city of another governorate', () => {
  it('"مخيم … (مخمور) للاجئين، جنوب غرب هولير": the camp is in Nineveh, not Erbil', () => {
    expect(
      ingested(
        'مقتل مدنيين بقصف على مخيم للاجئين',
        [
          'قتل ثلاثة مدنيين وأصيب اثنان، مساء أمس الأحد، بقصف مدفعي على خيمة في مخيم النور (مخمور) للاجئين، جنوب غرب هولير.',
        ],
        '2020-03-02',
        'ar',
      ),
    ).toEqual([{ from: '2020-03-01', to: '2020-03-01', governorate: 'Nineveh', killed: 3, wounded: 2 }]);
  });
});

describe('"برميلان", two barrels, is no town of Hasakah', () => {
  it('"سقط برميلان على سوق في بلدة كفرنبودة": the toll is in Hama, not at Rmelan', () => {
    expect(
      ingested(
        'قتلى بقصف على سوق',
        ['قتل خمسة مدنيين وأصيب عشرة، اليوم الخميس، حين سقط برميلان على سوق في بلدة كفرنبودة.'],
        '2015-06-04',
        'ar',
      ),
    ).toEqual([{ from: '2015-06-04', to: '2015-06-04', governorate: 'Hama', killed: 5, wounded: 10 }]);
  });
});

describe('places the gazetteer lacked', () => {
  it('"ناحية كلك", with no article: Kalak, in Erbil', () => {
    expect(
      ingested(
        'مقتل مقاتل بقصف بالهاون',
        ['قتل مقاتل وأصيب اثنان، اليوم الأحد، بقصف بالهاون على موقع في ناحية كلك.'],
        '2015-03-01',
        'ar',
      ),
    ).toEqual([{ from: '2015-03-01', to: '2015-03-01', governorate: 'Erbil', killed: 1, wounded: 2 }]);
  });

  it('"the village of al-Bahra": Deir ez-Zor', () => {
    expect(
      ingested(
        'Fighters killed in night raid',
        ['Militants attacked a checkpoint in the village of al-Bahra on Tuesday, killing two guards.'],
        '2018-11-21',
        'en',
      ),
    ).toEqual([
      { from: '2018-11-20', to: '2018-11-20', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
    ]);
  });

  it('"the village of Talmenes": Idlib', () => {
    expect(
      ingested(
        'Shelling kills civilians',
        ['Artillery shells hit a school in the village of Talmenes on Friday, killing three civilians.'],
        '2019-11-30',
        'en',
      ),
    ).toEqual([{ from: '2019-11-29', to: '2019-11-29', governorate: 'Idlib', killed: 3, wounded: null }]);
  });

  it('"near al-Ghantu": Homs', () => {
    expect(
      ingested(
        'Commander shot dead',
        ['Gunmen shot dead a rebel commander near al-Ghantu on Sunday, activists said.'],
        '2017-12-04',
        'en',
      ),
    ).toEqual([{ from: '2017-12-03', to: '2017-12-03', governorate: 'Homs', killed: 1, wounded: null }]);
  });
});
