// Rules of when and where a drafted incident happened (issue 12, dates and places that lose an incident),
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's day span, governorate and counts. */
const drafted = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null }).map(
    (x) => ({
      from: x.date.from,
      to: x.date.to,
      governorate: x.place.governorate?.en ?? null,
      killed: x.killed,
      wounded: x.wounded,
    }),
  );

describe('a spot told by its bearing from a city that is a governorate of its own', () => {
  it('"an arms depot west of Damascus": Rif Dimashq, the governorate around the city', () => {
    expect(
      drafted(
        [
          'An air strike on an arms depot west of Damascus killed four soldiers early on Friday, officials said.',
        ],
        'en',
        '2021-03-06',
      ),
    ).toEqual([
      { from: '2021-03-05', to: '2021-03-05', governorate: 'Rif Dimashq', killed: 4, wounded: null },
    ]);
  });

  it('"the Mezzeh quarter of Damascus": a quarter of the city stays in Damascus', () => {
    expect(
      drafted(
        ['A bomb under a car wounded two men in the Mezzeh quarter of Damascus on Friday.'],
        'en',
        '2021-03-06',
      ),
    ).toEqual([{ from: '2021-03-05', to: '2021-03-05', governorate: 'Damascus', killed: null, wounded: 2 }]);
  });
});

describe('an event like the one told, on a day of its own, is another one', () => {
  it('"وكانت عبوة مماثلة قد انفجرت الأسبوع الماضي": the earlier bomb does not date the one announced today', () => {
    expect(
      drafted(
        [
          'أعلنت قيادة شرطة البصرة، اليوم الاثنين، مقتل شرطي وإصابة مدنيين اثنين بانفجار عبوة ناسفة قرب سوق شعبي في قضاء الزبير.',
          'وأضافت القيادة أن الانفجار وقع أثناء مرور دورية للشرطة.',
          'وكانت عبوة مماثلة قد انفجرت الأسبوع الماضي قرب المكان ذاته من دون أن تسفر عن خسائر.',
        ],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([
      { from: '2021-03-08', to: '2021-03-08', governorate: 'Basra', killed: 1, wounded: 2 },
      { from: '2021-03-01', to: '2021-03-07', governorate: 'Basra', killed: 0, wounded: 0 },
    ]);
  });
});

describe('the day the dead just told were found', () => {
  it('"The men were found on Thursday": the day of the bodies told only with the day it was said', () => {
    expect(
      drafted(
        [
          'The bodies of three shepherds were found in an orchard near Tikrit, police said on Friday.',
          'The men were found on Thursday with gunshot wounds to the head, a police officer said.',
        ],
        'en',
        '2021-03-12',
      ),
    ).toEqual([
      { from: '2021-03-11', to: '2021-03-11', governorate: 'Salahuddin', killed: 3, wounded: null },
    ]);
  });
});

describe('a spot within a security sector named for a governorate', () => {
  it('"في وادي الشاي ضمن قاطع عمليات صلاح الدين": the sector the article puts it in wins over the gazetteer\'s namesake', () => {
    expect(
      drafted(
        ['قتل ثلاثة إرهابيين بضربة جوية على وكر لهم في وادي الشاي ضمن قاطع عمليات صلاح الدين فجر اليوم.'],
        'ar',
        '2021-03-12',
      ),
    ).toEqual([
      { from: '2021-03-12', to: '2021-03-12', governorate: 'Salahuddin', killed: 3, wounded: null },
    ]);
  });
});

describe('where one who died of wounds was treated', () => {
  it('"متأثراً بجراحه في أحد مشافي العاصمة دمشق": the hospital he died in is not where he was shot', () => {
    expect(
      drafted(
        [
          'قتل شاب وأصيب آخر برصاص مجهولين في مدينة نوى بريف درعا الغربي مساء الأحد.',
          'وفي وقت لاحق، توفي مختار بلدة المسيفرة، الذي أصيب برصاص مجهولين قبل أيام، متأثراً بجراحه في أحد مشافي العاصمة دمشق.',
        ],
        'ar',
        '2021-03-16',
      ),
    ).toEqual([
      { from: '2021-03-14', to: '2021-03-14', governorate: 'Daraa', killed: 1, wounded: 1 },
      { from: '2021-03-09', to: '2021-03-15', governorate: 'Daraa', killed: 1, wounded: null },
    ]);
  });
});

describe('the weekend', () => {
  it('"over the weekend": the Saturday and Sunday before a Tuesday article', () => {
    expect(
      drafted(
        [
          'A rocket attack on a base near al-Qaim killed a US contractor over the weekend, officials said on Tuesday.',
        ],
        'en',
        '2021-03-09',
      ),
    ).toEqual([{ from: '2021-03-06', to: '2021-03-07', governorate: 'Anbar', killed: 1, wounded: null }]);
  });
});

describe('a death told later than the event before', () => {
  it('"وفي وقت لاحق، توفي … متأثراً بجراحه": on the day of the event told before, not the day of the report', () => {
    expect(
      drafted(
        [
          'قتل عنصر من الشرطة بانفجار عبوة ناسفة قرب بلدة الحراك شرقي درعا مساء الاثنين.',
          'وفي وقت لاحق، توفي مختار بلدة المسيفرة، الذي أصيب برصاص مجهولين قبل أيام، متأثراً بجراحه.',
        ],
        'ar',
        '2021-03-16',
      ),
    ).toEqual([
      { from: '2021-03-15', to: '2021-03-15', governorate: 'Daraa', killed: 1, wounded: null },
      { from: '2021-03-09', to: '2021-03-15', governorate: 'Daraa', killed: 1, wounded: null },
    ]);
  });
});

describe('the day one found dead went missing', () => {
  it('"who went missing last week were found": the day of the finding, not of the vanishing', () => {
    expect(
      drafted(
        [
          'The bodies of two farmers who went missing last week were found in an orchard near Baquba, police said.',
        ],
        'en',
        '2021-03-10',
      ),
    ).toEqual([{ from: '2021-03-10', to: '2021-03-10', governorate: 'Diyala', killed: 2, wounded: null }]);
  });
});

describe('a part of this month', () => {
  it('"مطلع الشهر الجاري": told of a past event, it ends the day before publication', () => {
    expect(
      drafted(
        ['قتل راعٍ بقصف مدفعي تركي على أطراف قرية في قضاء العمادية بمحافظة دهوك مطلع الشهر الجاري.'],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([{ from: '2021-03-01', to: '2021-03-07', governorate: 'Duhok', killed: 1, wounded: null }]);
  });
});

describe('places of the Turkish border strikes', () => {
  it('"في منطقة برادوست": Bradost, a sub-district of Soran in Erbil', () => {
    expect(
      drafted(
        ['قتل مسلحان اثنان بقصف طائرة مسيرة تركية على سفح جبل في منطقة برادوست اليوم الاثنين.'],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([{ from: '2021-03-08', to: '2021-03-08', governorate: 'Erbil', killed: 2, wounded: null }]);
  });
});

describe('a name two governorates share', () => {
  it('"the village of al-Nayrab": Aleppo\'s airbase and the village by Saraqib in Idlib, so left unresolved', () => {
    expect(
      drafted(
        [
          'Russian air strikes killed five civilians in the town of Sarmin in Idlib province on Monday.',
          'Separately, government shelling killed two civilians in the village of al-Nayrab late on Monday, activists said.',
        ],
        'en',
        '2021-03-09',
      ),
    ).toEqual([
      { from: '2021-03-08', to: '2021-03-08', governorate: 'Idlib', killed: 5, wounded: null },
      { from: '2021-03-08', to: '2021-03-08', governorate: null, killed: 2, wounded: null },
    ]);
  });
});
