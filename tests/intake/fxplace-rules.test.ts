// Places that lose an incident (issue 12, fxplace): each rule on wording written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's governorate (English), first day and counts. */
function drafted(
  text: string,
  published: string,
): { governorate: string | undefined; from: string; killed: unknown; wounded: unknown }[] {
  return draftedIncidents(text, published).map((x) => ({
    governorate: x.place.governorate?.en,
    from: x.date.from,
    killed: x.killed,
    wounded: x.wounded,
  }));
}

describe('small places the gazetteer knows, with their real governorate', () => {
  it('Khwakurk / Hakurk, the PKK valley of Soran district: Erbil', () => {
    expect(
      drafted(
        'Turkish jets strike PKK\n\nTurkish jets bombed a PKK camp in the Hakurk valley on Monday, killing four fighters, the group said.',
        '2020-05-12',
      ),
    ).toEqual([{ governorate: 'Erbil', from: '2020-05-11', killed: 4, wounded: null }]);
  });

  it('Khor Mor, the gas field of Chamchamal district: Sulaymaniyah', () => {
    expect(
      drafted(
        'Drone hits gas field\n\nA drone struck the Khor Mor gas field on Friday, wounding three guards, officials said.',
        '2023-01-14',
      ),
    ).toEqual([{ governorate: 'Sulaymaniyah', from: '2023-01-13', killed: null, wounded: 3 }]);
  });

  it('أبو دشير, a quarter of Dora in the south of the capital: Baghdad', () => {
    expect(
      drafted(
        'مقتل شخص بعبوة ناسفة\n\nقتل شخص وأصيب اثنان آخران بانفجار عبوة ناسفة قرب محطة وقود في منطقة أبو دشير صباح اليوم الأحد.',
        '2016-02-07',
      ),
    ).toEqual([{ governorate: 'Baghdad', from: '2016-02-07', killed: 1, wounded: 2 }]);
  });
  it('al-Zir (بلدة الزر), a village of the Busayrah area: Deir ez-Zor', () => {
    expect(
      drafted(
        'Council member shot\n\nGunmen on a motorcycle shot dead a tribal elder in the village of al-Zir on Saturday night, activists said.',
        '2021-02-15',
      ),
    ).toEqual([{ governorate: 'Deir ez-Zor', from: '2021-02-13', killed: 1, wounded: null }]);
  });

  it('Green Village, the base by the Omar oil field: Deir ez-Zor', () => {
    expect(
      drafted(
        'Rockets hit base\n\nRockets struck Green Village on Tuesday night, wounding two contractors, the coalition said.',
        '2023-08-10',
      ),
    ).toEqual([{ governorate: 'Deir ez-Zor', from: '2023-08-08', killed: null, wounded: 2 }]);
  });
  it('الحويز, a village of the Ghab plain: Hama', () => {
    expect(
      drafted(
        'معارك عنيفة\n\nقتل خمسة من عناصر قوات النظام في اشتباكات على محور الحويز مساء أمس السبت.',
        '2019-06-09',
      ),
    ).toEqual([{ governorate: 'Hama', from: '2019-06-08', killed: 5, wounded: null }]);
  });
});

describe('Makhmour, disputed between Erbil and Nineveh, is Nineveh as most gold has it', () => {
  it.each([
    [
      'Mortar fire on Makhmour\n\nTwo shepherds were killed by mortar fire on the edge of Makhmour on Sunday, a local official said.',
    ],
    ['قصف على مخمور\n\nقتل راعيان بقصف بقذائف الهاون على أطراف قضاء مخمور يوم الأحد، بحسب مسؤول محلي.'],
  ])('%s', (text) => {
    expect(drafted(text, '2021-09-14')).toEqual([
      { governorate: 'Nineveh', from: '2021-09-12', killed: 2, wounded: null },
    ]);
  });
});

describe("a city's quarter named like a place of another country is the city's", () => {
  it('"حيي X وحلب الجديدة بمدينة حلب": a quarter listed beside another before its city lies in that city', () => {
    expect(
      drafted(
        'قذائف على أحياء حلب\n\nأصيب سبعة مدنيين مساء أمس بسقوط قذائف هاون على حيي الحمدانية وحلب الجديدة بمدينة حلب.',
        '2016-10-20',
      ),
    ).toEqual([{ governorate: 'Aleppo', from: '2016-10-19', killed: null, wounded: 7 }]);
  });

  it('"في حي السليمانية" after an event in Aleppo: the quarter, not the Iraqi governorate', () => {
    expect(
      drafted(
        'قذائف على حلب\n\nقتل طفلان صباح اليوم بقذيفة سقطت على حي الميدان في مدينة حلب.\n\nوبعد ساعات أصيب ثلاثة رجال بقذيفة أخرى سقطت في حي السليمانية.',
        '2015-04-12',
      ),
    ).toEqual([
      { governorate: 'Aleppo', from: '2015-04-12', killed: 2, wounded: null },
      { governorate: 'Aleppo', from: '2015-04-12', killed: null, wounded: 3 },
    ]);
  });

  it('a spot the gazetteer does not know, in the paragraph of such a quarter, lies in that city too', () => {
    expect(
      drafted(
        'قذائف على حلب\n\nقتل طفلان صباح اليوم بقذيفة سقطت على حي الميدان في مدينة حلب.\n\nوقال مصدر إن قذيفة سقطت في حي الشيخ خضر فقتلت رجلا، بينما أصيب ثلاثة بقذيفة أخرى سقطت في حي السليمانية.',
        '2015-04-12',
      ),
    ).toEqual([
      { governorate: 'Aleppo', from: '2015-04-12', killed: 2, wounded: null },
      { governorate: 'Aleppo', from: '2015-04-12', killed: 1, wounded: null },
      { governorate: 'Aleppo', from: '2015-04-12', killed: null, wounded: 3 },
    ]);
  });
});

describe('a village the gazetteer does not know, told by its bearing from "the city", lies where that city does', () => {
  it('"قرب قرية … شرقي المدينة"', () => {
    expect(
      drafted(
        'قتلى وجرحى بقصف ولغم\n\nقتل ثلاثة مدنيين صباح اليوم بقصف مدفعي على مدينة الميادين.\n\nكما أصيب طفل بانفجار لغم قرب قرية الزهيرية شرقي المدينة مساء أمس.',
        '2018-03-07',
      ),
    ).toEqual([
      { governorate: 'Deir ez-Zor', from: '2018-03-07', killed: 3, wounded: null },
      { governorate: 'Deir ez-Zor', from: '2018-03-06', killed: null, wounded: 1 },
    ]);
  });

  it('"a village north-east of the town"', () => {
    expect(
      drafted(
        'Blasts kill two soldiers\n\nA roadside bomb killed two soldiers in Tuz Khurmatu on Sunday.\n\nOn Monday, a mine wounded a shepherd near the village of Qara Tepe Saghir, north-east of the town.',
        '2019-04-09',
      ),
    ).toEqual([
      { governorate: 'Salahuddin', from: '2019-04-07', killed: 2, wounded: null },
      { governorate: 'Salahuddin', from: '2019-04-08', killed: null, wounded: 1 },
    ]);
  });
});

describe('a place named for another event the sentence dates its own by ("days after … in X") is not its place', () => {
  it('"…west of Deir ez-Zor, on Friday, weeks after the battle … in Tabqa"', () => {
    expect(
      drafted(
        'Drone kills fighters\n\nA drone killed two fighters in the village of al-Kasra, west of Deir ez-Zor, on Friday, weeks after the long battle for the dam in Tabqa.',
        '2019-01-13',
      ),
    ).toEqual([{ governorate: 'Deir ez-Zor', from: '2019-01-11', killed: 2, wounded: null }]);
  });

  it('"…east of Raqqa, on Sunday, two days after a car bomb … in Manbij": the village, not the town of the earlier blast', () => {
    expect(
      drafted(
        'Mukhtar killed\n\nGunmen killed a mukhtar in the village of Al Karama, east of Raqqa, on Sunday, two days after a car bomb at a market in Manbij.',
        '2019-05-14',
      ).filter((x) => x.killed === 1),
    ).toEqual([{ governorate: 'Raqqa', from: '2019-05-12', killed: 1, wounded: null }]);
  });
});

describe('a place told as neighbouring, with its governorate named outright, lies in that governorate', () => {
  it('"وفي قضاء … المجاور التابع لمحافظة ديالى"', () => {
    expect(
      drafted(
        'هجمات متفرقة\n\nقتل جندي بانفجار عبوة ناسفة في قضاء الطوز صباح اليوم الأحد.\n\nوفي قضاء خانقين المجاور التابع لمحافظة ديالى، أصيب ثلاثة مزارعين بقذيفة هاون مساء أمس.',
        '2020-08-16',
      ),
    ).toEqual([
      { governorate: 'Salahuddin', from: '2020-08-16', killed: 1, wounded: null },
      { governorate: 'Diyala', from: '2020-08-15', killed: null, wounded: 3 },
    ]);
  });

  it('"In the neighbouring Khanaqin district of Diyala province, …"', () => {
    expect(
      drafted(
        'Attacks\n\nA roadside bomb killed a soldier in Tuz Khurmatu on Sunday morning.\n\nIn the neighbouring Khanaqin district of Diyala province, a mortar round wounded three farmers on Saturday evening.',
        '2020-08-16',
      ),
    ).toEqual([
      { governorate: 'Salahuddin', from: '2020-08-16', killed: 1, wounded: null },
      { governorate: 'Diyala', from: '2020-08-15', killed: null, wounded: 3 },
    ]);
  });
});
