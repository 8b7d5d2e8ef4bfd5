// Rules found on wounded counts missed and governorates of told places (issue 12, fixer
// fxwoundplace2): who the wounded are when told by a shared subject, a vehicle's occupants, a
// patient, a share of a counted wounded; what a week's tally is; which clause a teller's second
// event opens; which side of a border or a crossing a place lies on. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"أن راعياً نجا …، وأصيب بجروح": one person, the subject of a verb and of the casualty verb joined to it', () => {
  it('counts one wounded where the person was named after "أن" before a first verb', () => {
    expect(
      rows(
        'مقتل خمسة مزارعين في بادية الرطبة',
        [
          'عثرت قوة أمنية، اليوم الأربعاء، على جثث خمسة مزارعين قتلوا بالرصاص في بادية قضاء الرطبة غربي الأنبار.',
          'وقال مصدر أمني إن "مزارعاً سادساً هرب من المسلحين بعد أن اختبأ بين الأشجار، وأصيب بجروح في يده".',
        ],
        '2021-03-10',
      ),
    ).toEqual([['2021-03-10', '2021-03-10', 'Anbar', 5, 1]]);
  });
});

describe('"two occupants of the car were wounded": those in a vehicle, counted by its occupants', () => {
  it('counts them as the wounded of the strike', () => {
    expect(
      rows(
        'Drone strike on a car near Sidakan',
        [
          'A drone hit a pick-up truck on a mountain road near Sidakan in Erbil province on Thursday, officials said.',
          'The district mayor said the driver was killed and three occupants of the truck were wounded.',
        ],
        '2023-05-12',
      ),
    ).toEqual([['2023-05-11', '2023-05-11', 'Erbil', 1, 3]]);
  });
});

describe('"وإصابة ثلاثة من الكادر الطبي ومريضين": patients counted beside the staff', () => {
  it('adds the dual of a patient to the staff wounded', () => {
    expect(
      rows(
        'قصف على مستوصف في ريف إدلب',
        [
          'قصفت طائرة حربية مستوصفاً في بلدة كفرنبل بريف إدلب الجنوبي صباح اليوم الأحد، ما أدى إلى مقتل طبيب وإصابة أربعة من العاملين فيه ومريضين.',
        ],
        '2019-05-19',
      ),
    ).toEqual([['2019-05-19', '2019-05-19', 'Idlib', 1, 6]]);
  });
});

describe('"as several of the 41 wounded died": the wounded counted, less a share told without a number', () => {
  it('keeps the whole count of the wounded beside the risen toll', () => {
    expect(
      rows(
        'Car bomb kills 12 in Hilla',
        [
          'HILLA, Iraq - A car bomb exploded near a crowded market in Hilla on Sunday morning, killing 12 people, police said.',
          'By the evening the toll had risen to 15, as some of the 30 wounded died in hospital.',
        ],
        '2007-03-05',
      ),
    ).toEqual([['2007-03-04', '2007-03-04', 'Babil', 15, 30]]);
  });
});

describe('"استقبلت المشافي أكثر من 200 جريح خلال أسبوع واحد": a week told indefinite is a tally\'s span', () => {
  it('gives no wounded to the event told before it', () => {
    expect(
      rows(
        'قصف على بلدة في ريف حمص',
        [
          'قتل أربعة مدنيين جراء قصف مدفعي استهدف منازلهم في بلدة تلبيسة بريف حمص الشمالي مساء أمس الاثنين.',
          'من جهتها، قالت منظمة إغاثية إن المشافي الميدانية في المنطقة استقبلت أكثر من 150 جريحاً خلال أسبوع واحد.',
        ],
        '2017-02-07',
      ),
    ).toEqual([['2017-02-06', '2017-02-06', 'Homs', 4, null]]);
  });
});

describe('", and police said a roadside bomb killed …": a teller before the new subject of another event', () => {
  it('opens another incident, its toll not the one before', () => {
    expect(
      rows(
        'Blasts in Baghdad',
        [
          'A rocket struck a house in the Dora district of Baghdad on Monday evening, wounding four people, and officials said a sticky bomb killed a shopkeeper in Zayouna on Tuesday morning.',
        ],
        '2007-06-12',
      ),
    ).toEqual([
      ['2007-06-11', '2007-06-11', 'Baghdad', null, 4],
      ['2007-06-12', '2007-06-12', 'Baghdad', 1, null],
    ]);
  });
});

describe('"near the border with Diyala": the governorate a spot lies against, not the one it is in', () => {
  it('keeps the governorate the article placed the spot in', () => {
    expect(
      rows(
        'Attack on an army post in Salahuddin',
        [
          'Two soldiers were killed on Friday when militants attacked an army post in the Tuz Khurmatu district of Salahuddin.',
          'The attack took place on Friday on a hill near the administrative border with Diyala, the source said.',
        ],
        '2022-02-12',
      ),
    ).toEqual([['2022-02-11', '2022-02-11', 'Salahuddin', 2, null]]);
  });
});

describe('"on the Syrian side of the al-Qaim crossing": the other country\'s side of a border place', () => {
  it('is not placed in the governorate of the named place across the border', () => {
    const governorates = rows(
      'Strike near Albu Kamal',
      [
        'Warplanes struck a militia convoy near Albu Kamal in Deir ez-Zor province on Wednesday, a monitor said.',
        'Last month, a drone strike on a car on the Syrian side of the al-Qaim crossing killed two people.',
      ],
      '2021-06-10',
    ).map((x) => x[2]);
    expect(governorates).not.toContain('Anbar');
  });
  it('is read so in Arabic too, "الجانب العراقي من معبر …"', () => {
    const governorates = rows(
      'غارة على قافلة في ريف الأنبار',
      ['قتل أربعة عناصر من فصيل مسلح بغارة جوية على الجانب العراقي من معبر البوكمال الحدودي، اليوم الأحد.'],
      '2019-09-15',
    ).map((x) => x[2]);
    expect(governorates).not.toContain('Deir ez-Zor');
  });
});

describe('"الانفجار الثاني في المدينة خلال أسبوع": a week an ordinal ranks the event in', () => {
  it('is no tally: the earlier blast it recalls keeps its wounded', () => {
    expect(
      rows(
        'انفجار عبوة في مدينة إعزاز',
        [
          'قتل مدنيان جراء انفجار عبوة ناسفة في سوق مدينة إعزاز بريف حلب الشمالي، اليوم الخميس.',
          'وهذا هو التفجير الثالث في المدينة خلال أسبوع، بعد انفجار دراجة مفخخة يوم الاثنين الماضي أدى إلى إصابة خمسة مدنيين.',
        ],
        '2019-03-14',
      ),
    ).toEqual([
      ['2019-03-14', '2019-03-14', 'Aleppo', 2, null],
      ['2019-03-11', '2019-03-11', 'Aleppo', null, 5],
    ]);
  });
});

describe('"more than 60 people are being killed every day": a rate, no incident', () => {
  it('drafts only the event told', () => {
    expect(
      rows(
        'Bomb in Karrada',
        [
          'A bomb killed three people in the Karrada district of Baghdad on Monday, police said.',
          'The Interior Ministry estimates that more than 60 people are being killed every day in Baghdad alone, most of them in attacks like this one.',
        ],
        '2007-01-02',
      ),
    ).toEqual([['2007-01-01', '2007-01-01', 'Baghdad', 3, null]]);
  });
});
