// Rules from the fxunsplit round (issue 12, tolls that do not split the dead from the wounded): the
// unsplit toll counted in words or by a dual, the verbs and nouns that tell one, and an item told so
// kept as an incident of its own; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted, tolls, tollsWithAttackers, draftedIncidents } from '../support/tolls.js';

/** Each incident of a raw article (title, blank line, body): its governorate and its toll. */
const incidentsOf = (raw: string, published: string) =>
  draftedIncidents(raw, published).map((x) => ({
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

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

describe('an item told unsplit keeps its toll against the counts told after it', () => {
  const items = [
    'A Turkish drone struck a car near the town of Tal Rifaat on Monday, killing three fighters, the SDF said.',
    'Artillery shells also hit the outskirts of Manbij, killing a woman and wounding two of her children, a war monitor said.',
    'Further east, rocket fire on a farm in the countryside of Kobani killed or wounded six people, a local official said.',
  ];
  const total =
    'Turkish strikes since Sunday have killed at least 30 people in northern Syria, according to the monitor.';
  const kobani = (paragraphs: string[]) =>
    extracted(paragraphs, 'en', '2021-03-09')
      .filter((x) => x.place.text === 'Kobani')
      .map((x) => ({ killed: x.killed, wounded: x.wounded }));

  it('a running total a few sentences on, on a day of its own, does not fill it', () => {
    expect(kobani([...items, 'He gave no further details.', total])).toEqual([
      { killed: null, wounded: null },
    ]);
  });

  it('its split, told by a source with no day or place of its own, still fills it', () => {
    expect(
      tolls(
        [
          'أفاد مصدر أمني بأن ستة عمال سقطوا بين قتيل وجريح، عصر اليوم، بانفجار عبوة ناسفة في قضاء الحويجة.',
          'وأضاف أن العمال كانوا يعملون في حقل زراعي.',
          'وقال مصدر طبي إن الانفجار أدى إلى مقتل اثنين منهم وإصابة أربعة آخرين.',
        ],
        'ar',
        '2023-06-28',
      ),
    ).toEqual([{ killed: 2, wounded: 4 }]);
  });
});

describe('an item told unsplit at a village the gazetteer does not know, placed by the title', () => {
  it('"… killed or wounded, … without giving a breakdown": its own toll, not the sum of the items, nor the item at "west of Idlib"', () => {
    expect(
      incidentsOf(
        [
          'Air strikes kill seven civilians in Idlib',
          '',
          'Government and Russian air strikes killed at least seven civilians in towns of southern Idlib province on Sunday, a war monitor said.',
          '',
          'The monitor said five civilians, among them two women, were killed in strikes on the town of Maarat al-Numan.',
          '',
          'Two more died when barrel bombs hit a village just west of Idlib city, the monitor added.',
          '',
          'In Hazarin, eight people were killed or wounded when an air strike hit a school sheltering displaced families, local rescuers said, without giving a breakdown.',
        ].join('\n'),
        '2019-05-06',
      ),
    ).toEqual([
      { governorate: 'Idlib', killed: 5, wounded: null },
      { governorate: 'Idlib', killed: 2, wounded: null },
      { governorate: 'Idlib', killed: null, wounded: null },
    ]);
  });
});

describe('an ambush set, in the accusative, is an event', () => {
  it('"نصبت كميناً … وقتلت ثلاثة منهم" after an item told unsplit: a battle of its own, its dead the militants', () => {
    expect(
      tollsWithAttackers(
        [
          'وفي قرية المحلبية جنوب الموصل، انفجرت عبوة ناسفة ظهر أمس بعجلة تقل عمالاً، ما أدى إلى سقوط ستة بين قتيل وجريح.',
          'وفي صحراء البعاج غربي الموصل، قال مصدر عسكري إن قوة من الجيش نصبت كميناً لمسلحين من داعش فجر اليوم، وقتلت ثلاثة منهم.',
        ],
        'ar',
        '2019-05-06',
      ),
    ).toEqual([
      { killed: null, wounded: null, attackersKilled: null },
      { killed: 3, wounded: null, attackersKilled: null },
    ]);
  });
});
