// Rules from the fxcounts9 round (issue 12, casualty counts of matched incidents): a clause that
// tells wounds in an article that also counts an epidemic's cases; the body the counted serve in told
// between them and their passive verb; one hit beside the victims named by how they stand to them
// ("a neighbour"), or a relative of theirs ("قريب لهما"); each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('wounds are no epidemic’s cases', () => {
  it('"…، فيما أصيب ابنه بجروح" in an article that ends on new coronavirus cases', () => {
    expect(
      ingested(
        'مقتل رجل وإصابة ابنه في مخيم',
        [
          'قُتل رجل، مساء أمس الأحد، برصاص مسلحين مجهولين داخل مخيم الهول شرقي الحسكة، فيما أصيب ابنه بجروح، بحسب مصدر محلي.',
          'وعلى صعيد آخر، سجلت النقطة الطبية في المخيم 9 إصابات جديدة بفيروس كورونا خلال الأسبوع الماضي.',
        ],
        '2021-05-03',
      ),
    ).toEqual([{ from: '2021-05-02', to: '2021-05-02', governorate: 'Hasakah', killed: 1, wounded: 1 }]);
  });
});

describe('the body the counted serve in, between them and their passive verb', () => {
  it('"أن جنديين اثنين في الفرقة الخامسة أصيبا بجروح"', () => {
    expect(
      ingested(
        'هجوم على نقطة للجيش',
        [
          'وذكر مصدر أمني أن جنديين اثنين في الفرقة الخامسة أصيبا بجروح إثر هجوم على نقطتهما قرب قضاء الدبس في محافظة كركوك، مساء أمس.',
        ],
        '2019-04-10',
      ),
    ).toEqual([{ from: '2019-04-09', to: '2019-04-09', governorate: 'Kirkuk', killed: null, wounded: 2 }]);
  });
  it('"أن أربعة عناصر في حرس الحدود قتلوا"', () => {
    expect(
      ingested(
        'مقتل عناصر من حرس الحدود',
        [
          'وقال مصدر محلي إن أربعة عناصر في حرس الحدود قتلوا بانفجار عبوة ناسفة استهدفت دوريتهم قرب سنجار في محافظة نينوى، اليوم الثلاثاء.',
        ],
        '2019-04-09',
      ),
    ).toEqual([{ from: '2019-04-09', to: '2019-04-09', governorate: 'Nineveh', killed: 4, wounded: null }]);
  });
});

describe('one named by how they stand to the victims', () => {
  it('"A neighbour was also injured." after the dead of a shelling', () => {
    expect(
      ingested(
        'Shelling kills three in Idlib village',
        [
          'Three civilians were killed on Tuesday when rockets hit a house in the village of Kansafra in Idlib province, rescuers said.',
          'Rescuers worked for two hours to pull the bodies from the rubble. A neighbour was also injured.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ from: '2021-03-09', to: '2021-03-09', governorate: 'Idlib', killed: 3, wounded: 1 }]);
  });
  it('"…, and a friend of the driver was wounded"', () => {
    expect(
      ingested(
        'Car bomb in Hasakah',
        [
          'A car bomb killed a driver in the city of Qamishli in Hasakah province on Monday, and a friend of the driver was wounded, local police said.',
        ],
        '2021-03-09',
      ),
    ).toEqual([{ from: '2021-03-08', to: '2021-03-08', governorate: 'Hasakah', killed: 1, wounded: 1 }]);
  });
});

describe('a relative of theirs: one more person', () => {
  it('"ما أدى إلى مقتل شابين وإصابة قريب لهما"', () => {
    expect(
      ingested(
        'مقتل شابين بقصف',
        [
          'قال مسؤول محلي إن قذيفة سقطت، مساء أمس الخميس، على منزل في قرية تابعة لقضاء زاخو في محافظة دهوك، ما أدى إلى مقتل شابين وإصابة قريب لهما كان في زيارتهما.',
        ],
        '2022-05-13',
      ),
    ).toEqual([{ from: '2022-05-12', to: '2022-05-12', governorate: 'Duhok', killed: 2, wounded: 1 }]);
  });
  it('"قتل مزارع وأصيبت قريبته" (not "قريبة", near)', () => {
    expect(
      ingested(
        'مقتل مزارع بلغم',
        [
          'قتل مزارع وأصيبت قريبته بانفجار لغم في بستان قرب قرية قريبة من بلدة بيارة في محافظة حلبجة، عصر أمس السبت.',
        ],
        '2020-04-12',
      ),
    ).toEqual([{ from: '2020-04-11', to: '2020-04-11', governorate: 'Halabja', killed: 1, wounded: 1 }]);
  });
});
