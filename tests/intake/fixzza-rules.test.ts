// Rules added on the opened probe-zza (issue 12), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { extracted } from '../support/tolls.js';

const drafted = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => ({
    date: x.date?.from ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('a lead told as things stand, then the account at the time and a wounded man dying since', () => {
  it('keeps one incident of four killed and one wounded, dated by the account', () => {
    expect(
      drafted(
        [
          'Four policemen were killed and one other wounded when gunmen stormed a checkpoint north of Baquba, a police officer said on Thursday.',
          'The officer said the gunmen struck the checkpoint with grenades late on Tuesday, killing three policemen and wounding two others.',
          'One of the wounded policemen died of his wounds in hospital on Wednesday, the officer added.',
        ],
        'en',
        '2022-03-17',
      ),
    ).toEqual([{ date: '2022-03-15', killed: 4, wounded: 1 }]);
  });
});

describe('"the wounded one": the one counted already, named by his wounds', () => {
  it('keeps one incident of two killed and one wounded', () => {
    expect(
      drafted(
        [
          'A roadside bomb hit a truck near Tuz Khurmatu on Sunday, killing two soldiers on board and wounding one, police said.',
          'Both soldiers were from Amerli, and the wounded one was taken to a hospital in Kirkuk, a police officer said.',
        ],
        'en',
        '2022-03-14',
      ),
    ).toEqual([{ date: '2022-03-13', killed: 2, wounded: 1 }]);
  });
});

describe('a count of people still missing since a past campaign', () => {
  it('drafts no incident of "remain missing", even where an office of the kidnapped is its source', () => {
    expect(
      drafted(
        [
          'A mortar shell killed a farmer and wounded his son near the town of Sinjar on Monday, the district mayor said.',
          "Some 1,500 Yazidis remain missing since the group's assault on the district, and thousands more live in camps in Duhok province, according to the regional office that tracks kidnapped Yazidis.",
        ],
        'en',
        '2022-03-15',
      ),
    ).toEqual([{ date: '2022-03-14', killed: 1, wounded: 1 }]);
  });
});

describe('who planted the device whose blast was told', () => {
  const article = [
    'قتل سائق شاحنة وأصيب مرافقه، صباح اليوم، بانفجار عبوة ناسفة على طريق زراعي قرب ناحية الرشاد جنوبي كركوك.',
    'ورجح ضابط في الشرطة أن يكون مسلحون من تنظيم داعش قد زرعوا العبوة ليلاً، قادمين من قرى قضاء الحويجة.',
  ];
  it('drafts one incident, not another where the planters came from', () => {
    expect(drafted(article, 'ar', '2022-04-10')).toEqual([{ date: '2022-04-10', killed: 1, wounded: 1 }]);
  });
  it('makes the group the officer holds likely its suspected doer', () => {
    const [incident] = extracted(article, 'ar', '2022-04-10');
    expect(incident?.actors).toEqual(['isis']);
    expect(incident?.suspected).toEqual(['isis']);
  });
});

describe('dead joined by "و" to a count summed since a campaign began', () => {
  it('drafts no incident of the campaign total under a title that names the place', () => {
    const paragraphs = [
      'أعلن قائد عمليات "درع الصحراء"، اليوم الاثنين، استعادة 14 قرية منذ انطلاق الحملة فجر الخميس الماضي، ومقتل أكثر من 90 مسلحاً.',
    ];
    const incidents = extractIncidents(splitSentences(paragraphs, 'ar'), {
      lang: 'ar',
      published: '2022-05-09',
      resolvePlace,
      titlePlace: resolvePlace('القوات العراقية تستعيد 14 قرية في قضاء الحضر', 'ar'),
    });
    expect(incidents).toEqual([]);
  });
});

describe('a search for the missing still going on, beside a count of bodies', () => {
  it('keeps the civil defence count as a second reading the editor should check, not a standing total', () => {
    const [one, ...rest] = extracted(
      [
        'قصفت طائرات النظام حي الشعار في حلب أمس، وقال ناشطون إن ما بين خمسة وسبعة مدنيين قتلوا في القصف، بينما أفاد الدفاع المدني بأن فرقه انتشلت جثث 9 أشخاص من تحت الأنقاض، مشيراً إلى أن البحث ما زال جارياً عن مفقودين.',
      ],
      'ar',
      '2016-11-22',
    );
    expect(rest).toEqual([]);
    expect(one!.checks).toContainEqual({ reason: 'casualties-conflict', detail: '5–7 ≠ 9' });
  });
});
