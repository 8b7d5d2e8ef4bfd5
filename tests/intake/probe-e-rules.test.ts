import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { extracted } from '../support/tolls.js';

// Rules found by the fifth held-out batch (tests/intake/probe-e/), each tested on examples of its own.

const tolls = (paragraphs: string[], lang: 'ar' | 'en', published = '2022-05-10') =>
  extracted(paragraphs, lang, published).map((x) => [x.killed, x.wounded]);

describe('one person named as someone’s is one', () => {
  it.each([
    ['قتل سائق شاحنة وأصيب نجله بجروح بانفجار عبوة ناسفة في قضاء الطارمية شمالي بغداد، أمس.', [1, 1]],
    ['أدى انفجار لغم قرب قرية في قضاء سنجار بمحافظة نينوى، أمس، إلى مقتل راع وإصابة زوجته.', [1, 1]],
    ['قتل طفلان وأصيبت والدتهما بانفجار قذيفة في بلدة الحويجة بمحافظة كركوك، أمس.', [2, 1]],
  ])('%s', (text, toll) => {
    expect(tolls([text], 'ar')).toEqual([toll]);
  });

  it('a leader and his companion after a short qualifier are two', () => {
    expect(
      tolls(
        ['قصفت طائرة مسيرة سيارة في بلدة هجين بريف دير الزور أمس، ما أسفر عن مقتل أمير في التنظيم ومرافقه.'],
        'ar',
      ),
    ).toEqual([[2, null]]);
  });

  it('in English: "killed its driver", "his aide"', () => {
    expect(
      tolls(
        ['A roadside bomb killed its driver when it hit a minibus in Tuz Khurmatu, Salahuddin, on Monday.'],
        'en',
      ),
    ).toEqual([[1, null]]);
    expect(
      tolls(
        ['An air strike on a car near Idlib city on Monday killed a local commander and his aide.'],
        'en',
      ),
    ).toEqual([[2, null]]);
  });
});

describe('English: who was wounded, across a partitive and an adverb', () => {
  it('"One member of the patrol was wounded", "A villager … was lightly wounded"', () => {
    expect(
      tolls(['One member of the patrol was wounded in an attack near Baiji, Salahuddin, on Monday.'], 'en'),
    ).toEqual([[null, 1]]);
    expect(
      tolls(
        [
          'A shepherd grazing his sheep nearby was slightly wounded by shrapnel near Sinjar, Nineveh, on Monday.',
        ],
        'en',
      ),
    ).toEqual([[null, 1]]);
  });

  it('a former police officer killed is not the one who killed', () => {
    const [x] = extracted(
      ['A sticky bomb killed a former police officer in the Hay al-Amil district of Baghdad on Monday.'],
      'en',
      '2022-05-10',
    );
    expect(x?.actors).toEqual([]);
    // nor the force hit: he had left it (former-member.ts), so the blast hit a civilian
    expect(x?.targets).toEqual([]);
  });
});

describe('a source’s toll and a dated next item', () => {
  it('one source’s figure inside the range the lead gives is the same event; "On Monday, …" after it is another', () => {
    const incidents = extractIncidents(
      splitSentences(
        [
          'Government shelling killed between three and six civilians in the town of Ariha in Idlib province on Tuesday, a monitor said.',
          'The civil defence said four bodies, including a child, had been pulled from the rubble of a shop near the main square.',
          'On Monday, warplanes struck a water station on the edge of the village of Kafr Batikh, killing two workers and wounding eight others, the monitor said.',
        ],
        'en',
      ),
      {
        lang: 'en',
        published: '2020-02-12',
        resolvePlace,
        titlePlace: resolvePlace('Shelling and air strikes kill civilians in Idlib', 'en'),
      },
    );
    expect(incidents.map((x) => [x.date.from, x.killed, x.wounded])).toEqual([
      ['2020-02-11', { low: 3, high: 6 }, null],
      ['2020-02-10', 2, 8],
    ]);
  });
});

describe('more of the event just told, not another', () => {
  it('"أحد القتيلين …" tells of one of the dead again; a claim of responsibility is no event', () => {
    expect(
      tolls(
        [
          'قتل متظاهران وأصيب 12 آخرون مساء أمس في مدينة الكوت بمحافظة واسط.',
          'وقال مصدر طبي إن أحد القتيلين شاب يبلغ من العمر 19 عاما أصيب برصاصة في الصدر.',
          'ولم تتبن أي جهة المسؤولية عن إطلاق النار حتى الآن، فيما تنشط جماعات مسلحة في المحافظة.',
        ],
        'ar',
      ),
    ).toEqual([[2, 12]]);
  });

  it('the attackers’ bodies, and where the rest fled, belong to the attack', () => {
    const incidents = extracted(
      [
        'قتل شرطيان بهجوم لمسلحين على نقطة تفتيش في قضاء الدبس بمحافظة كركوك فجر اليوم.',
        'وأضاف أن اثنين من المهاجمين قتلا خلال الاشتباك، فيما فر الباقون باتجاه ناحية الرشاد، مؤكدا أن جثتي المهاجمين نقلتا إلى الطب العدلي.',
      ],
      'ar',
      '2022-05-10',
    );
    expect(incidents.map((x) => [x.place.governorate?.en, x.killed, x.attackersKilled])).toEqual([
      ['Kirkuk', 2, 2],
    ]);
  });

  it('the bodies recovered the morning after a night strike, and a wounded villager told later, are of that strike', () => {
    expect(
      tolls(
        [
          'Turkish drone strikes killed three suspected PKK fighters near the village of Sharanish in Zakho district, Duhok, late Saturday night.',
          '"Three bodies were recovered this morning. We cannot confirm who they were," a local official told reporters. A shepherd grazing his flock nearby was slightly wounded, he added.',
        ],
        'en',
        '2022-05-08',
      ),
    ).toEqual([[3, 1]]);
  });
});

describe('totals over a period are no incidents', () => {
  it('"over the same period" and a year’s toll ("In 2021 alone") are totals', () => {
    expect(
      tolls(
        [
          'Unexploded ordnance has killed at least 500 people in Syria’s Raqqa province since 2017, a charity said on Monday.',
          'Another 900 were wounded over the same period in Raqqa, it said.',
          'In 2021 alone, 40 people were killed and 75 injured by mines in Raqqa province.',
        ],
        'en',
        '2022-04-04',
      ),
    ).toEqual([]);
  });
});

describe('no event: a denial by negation, an epidemic’s toll, what an attack came after', () => {
  it.each([
    [
      'وقال المتحدث إن "قواتنا في ناحية العظيم لم تتعرض لأي هجوم خلال الأيام الماضية"، نافيا ما تداولته مواقع التواصل.',
      'ar',
      [],
    ],
    ['وفي محافظة البصرة، سجلت دائرة الصحة 320 إصابة مؤكدة و45 حالة وفاة بالمرض حتى منتصف تموز.', 'ar', []],
    [
      'The bombing came two weeks after Iraqi forces, backed by coalition aircraft, retook the village of Albu Hayat in Anbar province.',
      'en',
      [],
    ],
  ])('%s', (text, lang, expected) => {
    expect(tolls([text], lang as 'ar' | 'en', '2022-07-20')).toEqual(expected);
  });
});

describe('suspected, and who tells the news', () => {
  it('"gunmen suspected of belonging to IS" stay suspected; "police and a local official said" tell it', () => {
    const [x] = extracted(
      [
        'Gunmen suspected of belonging to Islamic State killed two shepherds near the village of Tel Ali, south of Kirkuk, on Sunday, police and a local official said.',
      ],
      'en',
      '2022-05-10',
    );
    expect(x?.actors).toEqual(['isis']);
    expect(x?.suspected).toEqual(['isis']);
    expect(x?.targets).toEqual([]);
  });
});

describe('a war told as the time of something else', () => {
  it('"… were displaced from Raqqa during the fighting" reports no event', () => {
    expect(
      tolls(
        [
          'Some 5,000 homes in the city centre were destroyed, and the UN estimates that 300,000 people were displaced from Raqqa during the fighting.',
        ],
        'en',
        '2022-10-20',
      ),
    ).toEqual([]);
  });
});
