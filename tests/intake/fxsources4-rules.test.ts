// Rules from the fxsources4 round (issue 12, one toll told twice): "others" in the dual after a
// first count ("وأصيب آخران"), two more; a toll risen to a figure told before it, of those "who
// passed away" ("ارتفع إلى 5 عدد الذين فارقوا الحياة"); the victim's colleague hit with him, told by
// the verb's noun and "له" ("مقتله وإصابة زميل له كان برفقته"); another teller's count of the dead
// "in a …" blow "in the area", the event told before in its own words; one person "treated for
// light injuries" with no number ("A third man … was treated"), one wounded; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"others" in the dual: two more hurt', () => {
  it('"قتل مواطنان وأصيب آخران بجراح"', () => {
    expect(
      ingested(
        'انفجار لغم في بادية حمص',
        [
          'وفي بادية السخنة، قتل مواطنان وأصيب آخران بجراح، مساء أمس الخميس، جراء انفجار لغم من مخلفات الحرب بسيارتهم.',
        ],
        '2021-03-05',
      ),
    ).toEqual([{ from: '2021-03-04', to: '2021-03-04', governorate: 'Homs', killed: 2, wounded: 2 }]);
  });
  it('"قتلت امرأة وأصيبت أخريان": the feminine dual', () => {
    expect(
      ingested(
        'قصف على ريف إدلب',
        [
          'قتلت امرأة وأصيبت أخريان بجروح، صباح اليوم الأحد، جراء قصف مدفعي على بلدة كفرنبل بريف إدلب الجنوبي.',
        ],
        '2019-06-02',
      ),
    ).toEqual([{ from: '2019-06-02', to: '2019-06-02', governorate: 'Idlib', killed: 1, wounded: 2 }]);
  });
});

describe('a toll risen to a figure told first, of those who "passed away"', () => {
  it('"ارتفع إلى 5 عدد العمال الذين فارقوا الحياة …": the risen figure, not the earlier one', () => {
    expect(
      ingested(
        'قتلى بانفجار لغم في بادية حمص',
        [
          'ارتفع إلى 5 عدد العمال الذين فارقوا الحياة بانفجار لغم أرضي بسيارة كانت تقلهم في بادية السخنة شرقي حمص، صباح اليوم الجمعة، بعد وفاة أحد الجرحى متأثراً بإصابته، فيما لا يزال 2 آخرون يتلقون العلاج، وكان المرصد قد أشار في وقت سابق إلى مقتل 4 أشخاص.',
        ],
        '2021-03-05',
      ),
    ).toEqual([{ from: '2021-03-05', to: '2021-03-05', governorate: 'Homs', killed: 5, wounded: 2 }]);
  });
});

describe('the colleague hit with the victim, told by the verb’s noun and "له"', () => {
  it('"ما أدى الى مقتله وإصابة زميل له كان برفقته"', () => {
    expect(
      ingested(
        'اغتيال ناشط في الناصرية',
        [
          'اغتال مسلحون مجهولون ناشطاً مدنياً في حي الشموخ وسط الناصرية مساء أمس الخميس، حين أطلقوا النار عليه من سيارة ما أدى الى مقتله وإصابة زميل له كان برفقته.',
        ],
        '2021-03-05',
      ),
    ).toEqual([{ from: '2021-03-04', to: '2021-03-04', governorate: 'Dhi Qar', killed: 1, wounded: 1 }]);
  });
});

describe('another teller’s count of the dead "in a …" blow "in the area": the same event', () => {
  const opening = [
    'BEIRUT (AFP) - Gunmen killed 12 shepherds in the desert east of Palmyra in Homs province on Monday, a war monitor said.',
    'The attackers "opened fire on the shepherds and stole their sheep," the Syrian Observatory for Human Rights said. At least four others were wounded.',
  ];
  it('"State news agency SANA said nine civilians were killed in a "terrorist attack" in the area"', () => {
    expect(
      ingested(
        'Gunmen kill 12 shepherds in Syria desert',
        [
          ...opening,
          'State news agency SANA said nine civilians were killed in a "terrorist attack" in the area, without naming any group.',
        ],
        '2022-03-08',
        'en',
      ),
    ).toEqual([{ from: '2022-03-07', to: '2022-03-07', governorate: 'Homs', killed: 12, wounded: 4 }]);
  });
  it('"… in the area of <town>" names a place of its own: left apart', () => {
    expect(
      ingested(
        'Gunmen kill 12 shepherds in Syria desert',
        [
          ...opening,
          'State news agency SANA said nine civilians were killed in a "terrorist attack" in the area of Tadmur, without naming any group.',
        ],
        '2022-03-08',
        'en',
      ),
    ).toHaveLength(2);
  });
});

describe('one person told treated for injuries, with no number: one wounded', () => {
  it('"A third man who was near the car was treated for light injuries"', () => {
    expect(
      ingested(
        'Two civilians killed by Turkish strike in Duhok',
        [
          'DUHOK, Kurdistan Region – Two civilians were killed when Turkish warplanes struck a car near the village of Sharanish in Zakho district on Sunday evening, local officials said.',
          'The bodies were taken to Zakho hospital. A third man who was near the car was treated for light injuries and released, a health official added.',
        ],
        '2017-05-08',
        'en',
      ),
    ).toEqual([{ from: '2017-05-07', to: '2017-05-07', governorate: 'Duhok', killed: 2, wounded: 1 }]);
  });
});
