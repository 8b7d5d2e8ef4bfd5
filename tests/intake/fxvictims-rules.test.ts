// Rules from the fxvictims round (issue 12, who was hit: the victims a noun phrase names, and the
// victims a following clause adds to the same event), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('the companion joined after the words that say who the one hit was', () => {
  it('"مقتل مسؤول في إحدى الجماعات المسلحة ومرافقه": his companion past his post and group', () => {
    expect(
      tolls(
        [
          'أعلنت مديرية الشرطة، اليوم الأحد، مقتل مسؤول في إحدى الجماعات المسلحة ومرافقه بانفجار عبوة لاصقة استهدفت سيارتهما في قضاء طوزخورماتو.',
        ],
        'ar',
        '2022-05-08',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"قتل مدير ناحية …، فلان، وسائقه": one named by the office he runs, his driver past his name', () => {
    expect(
      tolls(
        [
          'قُتل مدير ناحية العباسي، حسين علي الجبوري، وسائقه مساء أمس، إثر هجوم مسلح على سيارته قرب الحويجة غربي كركوك.',
        ],
        'ar',
        '2022-05-08',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"عنصران من قوات الأسايش (الأمن الداخلي) وسائق مدني": anyone named after the group they were of', () => {
    expect(
      tolls(
        [
          'قُتل عنصران من قوات الأسايش (الأمن الداخلي) وسائق مدني، مساء أمس، بانفجار عبوة ناسفة على طريق الحسكة – الشدادي.',
        ],
        'ar',
        '2022-05-08',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"الناشطة المدنية والطبيبة": one woman named twice, no companion', () => {
    expect(
      tolls(
        [
          'أعلنت شرطة البصرة مقتل الناشطة المدنية والطبيبة سعاد العلي برصاص مسلحين مجهولين قرب منزلها في حي الجزائر مساء أمس.',
        ],
        'ar',
        '2022-05-08',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });

  it('"…، إضافة إلى السائق": one more, past the names and ages of the two counted', () => {
    expect(
      tolls(
        [
          'استهدفت طائرة مسيّرة سيارة عسكرية قرب عامودا، ما أدى إلى مقتل المقاتلَين: دلشاد يوسف (25 عاماً) وآزاد خليل (31 عاماً)، إضافة إلى السائق المدني.',
        ],
        'ar',
        '2022-05-08',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('the companion joined after who the one hit was, in English', () => {
  it('"an officer from the … directorate and his driver": two dead', () => {
    expect(
      tolls(
        [
          'A sticky bomb attached to a car in Kirkuk on Tuesday killed an intelligence officer from the counter-terrorism directorate and his driver, police said.',
        ],
        'en',
        '2022-05-11',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"a commander, identified as X, and his companion": past the name set off by commas', () => {
    expect(
      tolls(
        [
          'A drone strike on a car east of Baghdad on Wednesday killed a militia commander, identified as Abu Zainab al-Lami, and his companion, security sources said.',
        ],
        'en',
        '2022-05-11',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"a farmer in the village of X and his son was wounded": the son has a verb of his own, not one more dead', () => {
    expect(
      tolls(
        [
          'Gunmen killed a farmer in the village of Albu Hayat north of Baquba and his son was wounded, police said.',
        ],
        'en',
        '2022-05-11',
      ).map((x) => x.killed),
    ).toEqual([1]);
  });
});

describe('two named before a verb in the dual, their description between', () => {
  it('"- مزارع وابنه البالغ من العمر 12 عاماً، قضيا بانفجار …": the dual verb\'s two', () => {
    expect(
      tolls(
        [
          'وثق المرصد مقتل شخصين في ريف دير الزور خلال الساعات الـ24 الماضية، وهم:',
          '- مزارع وابنه البالغ من العمر 12 عاماً، قضيا بانفجار قذيفة من مخلفات الحرب أثناء عملهما في أرضهما قرب بلدة ذيبان.',
        ],
        'ar',
        '2022-05-08',
      ).at(-1),
    ).toEqual({ killed: 2, wounded: null });
  });
});

describe('victims told as hit "also" in a following sentence', () => {
  it('"His driver was also killed, and three bystanders were wounded": one more dead, and the wounded', () => {
    expect(
      tolls(
        [
          'Gunmen shot dead a tribal sheikh near his home in Hawija, west of Kirkuk, on Monday evening, police said.',
          'The sheikh had sided with the government against Islamic State militants during the war.',
          'His driver was also killed, and three bystanders were wounded, a police officer said.',
        ],
        'en',
        '2022-05-10',
      ),
    ).toEqual([{ killed: 2, wounded: 3 }]);
  });

  it('"وقُتل أيضاً سائقه": the singular passive opening the clause, one more', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون، مساء أمس الاثنين، المختار السابق لقرية المسيفرة شرقي درعا، بإطلاق النار عليه أمام منزله.',
          'وقُتل أيضاً سائقه، فيما لم تتبنَّ أي جهة الهجوم.',
        ],
        'ar',
        '2022-05-10',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"كما قتل … أثناء مروره": someone hit while passing by, one more of the event just told', () => {
    expect(
      tolls(
        [
          'اندلعت اشتباكات بين مجموعتين مسلحتين في مدينة الباب بريف حلب الشرقي، مساء أمس، أسفرت عن مقتل ثلاثة عناصر وإصابة خمسة آخرين.',
          'كما قتل بائع متجول برصاصة طائشة أثناء مروره في سوق المدينة.',
        ],
        'ar',
        '2022-05-10',
      ),
    ).toEqual([{ killed: 4, wounded: 5 }]);
  });

  it('"كما أصيب جار العائلة": the neighbour, one wounded beside the family killed', () => {
    expect(
      tolls(
        [
          'قضى رجل وزوجته وطفلهما، يوم الجمعة الماضي، بانفجار لغم أرضي قرب منزلهم في قرية الحمرات شرقي الرقة، كما أصيب جار العائلة الذي حاول إسعافهم.',
        ],
        'ar',
        '2022-05-10',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe('one more victim told "also" after a background clause of the same sentence', () => {
  it('"…غادرت القرية قبل ثلاثة أعوام …، كما أصيب جار الأسرة": the event\'s wounded, not of three years ago', () => {
    expect(
      tolls(
        [
          'قتلت امرأة وطفلاها، مساء الخميس، بانفجار عبوة ناسفة قرب منزلهم في قرية الزركا شرقي الحسكة.',
          'وقال المراسل إن الأسرة كانت قد غادرت القرية قبل ثلاثة أعوام، فانفجرت العبوة عند عودتها، كما أصيب جار الأسرة الذي هرع لإسعافهم.',
        ],
        'ar',
        '2022-05-14',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe('the wounded the only event lacked, told far on, of that event', () => {
  it('"a shepherd … was wounded during the raid", four sentences of background on: its wounded', () => {
    expect(
      tolls(
        [
          'Iraqi special forces killed three Islamic State militants in a raid on a hideout in the Hamrin mountains on Sunday, the security media cell said.',
          'The cell said the militants had been planning attacks on army posts in the area.',
          'Helicopters landed the troops near the hideout before dawn.',
          'Officials said the group had been active in the area since last year.',
          'A local official said a shepherd grazing his flock nearby was slightly wounded during the raid.',
        ],
        'en',
        '2022-05-16',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe("the one killed named after the attackers' description and the day set off", () => {
  it('"اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء أمس الخميس، الصحفي …": one dead', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء أمس الخميس، الصحفي المستقل أحمد الزيدي قرب منزله في حي الحسين بمدينة العمارة.',
        ],
        'ar',
        '2022-05-20',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('"بثلاث إطلاقات": the rounds that hit, no count of people', () => {
  it('"إن الضابط أصيب بأربع إطلاقات في الصدر": one wounded, not four', () => {
    expect(
      tolls(
        [
          'هاجم مسلحون مجهولون دورية لشرطة النجدة في حي الحيانية غربي البصرة مساء أمس.',
          'وقال مصدر أمني إن الضابط أصيب بأربع إطلاقات في الصدر ونقل إلى المستشفى.',
        ],
        'ar',
        '2022-05-20',
      ),
    ).toEqual([{ killed: null, wounded: 1 }]);
  });
});

describe('"a dozen" after the verb is twelve', () => {
  it('"killing two people and wounding about a dozen": twelve wounded', () => {
    expect(
      tolls(
        [
          'A rocket struck a crowded street in Tuz Khurmatu on Friday, killing two people and wounding about a dozen, a local official said.',
        ],
        'en',
        '2022-05-10',
      ),
    ).toEqual([{ killed: 2, wounded: 12 }]);
  });
});
