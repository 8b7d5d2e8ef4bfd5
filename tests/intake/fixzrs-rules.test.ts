// Rules added on the misses of probe-zr and probe-zs (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-05-12') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published?: string) =>
  run(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('", and a separate strike …" opens another event', () => {
  it('drafts two incidents for two strikes on two days told in one sentence', () => {
    expect(
      run(
        [
          'Turkish drones killed two shepherds near Zakho on Monday, and a separate strike on Tuesday wounded a farmer near Amadiya, local officials said.',
        ],
        'en',
      ).map((x) => ({ from: x.date.from, killed: x.killed, wounded: x.wounded })),
    ).toEqual([
      { from: '2021-05-10', killed: 2, wounded: null },
      { from: '2021-05-11', killed: null, wounded: 1 },
    ]);
  });
});

describe('a separate event placed only at a part of the town told ("near the city’s airport")', () => {
  it('keeps "Separately, … near the city’s airport" as an incident of its own', () => {
    expect(
      run(
        [
          'A car bomb killed nine people at a vegetable market in Tikrit on Friday, police said.',
          'Separately, two soldiers were killed in clashes with militants near the city’s airport, a security source said.',
        ],
        'en',
      ).map((x) => ({ governorate: x.place.governorate?.en, killed: x.killed })),
    ).toEqual([
      { governorate: 'Salahuddin', killed: 9 },
      { governorate: 'Salahuddin', killed: 2 },
    ]);
  });
  it('keeps "وفي حادث منفصل، … قرب مطار المدينة" as an incident of its own', () => {
    expect(
      tolls(
        [
          'قتل تسعة أشخاص بانفجار سيارة مفخخة في سوق للخضار وسط مدينة تكريت، اليوم الجمعة.',
          'وفي حادث منفصل، قتل جنديان باشتباكات مع مسلحين قرب مطار المدينة.',
        ],
        'ar',
      ),
    ).toEqual([
      { killed: 9, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('an event placed in a series ("one of more than 20 such killings since …") is still one event', () => {
  it('keeps the killing told with the series it belongs to', () => {
    expect(
      tolls(
        [
          'Security forces arrested three suspects in Baquba on Tuesday, police said.',
          'Last week, gunmen shot dead a tribal sheikh in the nearby town of Khalis, one of at least 15 such killings in the province since January.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
  it('keeps "…، في واحدة من أكثر من 12 عملية اغتيال … منذ مطلع العام"', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون مختار قرية البو حسن في قضاء الخالص الأسبوع الماضي، في واحدة من أكثر من 12 عملية اغتيال طالت مخاتير المحافظة منذ مطلع العام.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('someone treated for burns is wounded', () => {
  it('reads "two other workers were being treated for burns" as two wounded', () => {
    expect(
      tolls(
        [
          'A mortar round hit a bakery in Tal Afar on Sunday, killing a worker.',
          'A doctor said two other workers were being treated for burns.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
});

describe('"بين X من جهة، وY من جهة أخرى": the two sides of one fight are one clause', () => {
  it('counts the dead of both sides of the clash', () => {
    expect(
      tolls(
        [
          'ودارت اشتباكات عنيفة على محور تل ملح بريف حماة الشمالي، بين قوات النظام من جهة، وفصائل المعارضة من جهة أخرى، قتل خلالها 3 عناصر من قوات النظام و4 من مقاتلي الفصائل.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 7, wounded: null }]);
  });
});

describe('the day a fight lasted until is not a day of its own', () => {
  it('keeps the attackers killed "in fighting that went on until the early hours of Sunday" with the attack', () => {
    expect(
      run(
        [
          'Four soldiers were killed and six wounded when militants stormed an army post near Hit late Saturday, officials said.',
          'Three of the attackers were also killed in the fighting, which went on until the early hours of Sunday.',
        ],
        'en',
      ).map((x) => ({ killed: x.killed, wounded: x.wounded, attackers: x.attackersKilled })),
    ).toEqual([{ killed: 4, wounded: 6, attackers: 3 }]);
  });
});

describe('"بعد أسبوع من" is about a week: a day named inside it is the day', () => {
  it('dates the earlier attack by "يوم الخميس الماضي", not by seven days exactly', () => {
    expect(
      run(
        [
          'قتل جنديان بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية مساء أمس الثلاثاء.',
          'ويأتي الانفجار بعد أسبوع من هجوم مسلح على نقطة تفتيش في قضاء المقدادية، يوم الخميس الماضي، أسفر عن مقتل ثلاثة من عناصر الشرطة.',
        ],
        'ar',
      ).map((x) => ({ from: x.date.from, to: x.date.to, killed: x.killed })),
    ).toEqual([
      { from: '2021-05-11', to: '2021-05-11', killed: 2 },
      { from: '2021-05-06', to: '2021-05-06', killed: 3 },
    ]);
  });
});

describe('a full stop after an Arabic initial ends no sentence', () => {
  it('reads the victim named by initials and the rest of his sentence as one', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون الصحفي (م. ك.) أمام منزله في حي الجزائر وسط البصرة مساء أمس، فيما أصيب شقيقه بجروح.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('the victim’s friend or colleague who was with him, hit with him, is one person', () => {
  it('reads "فيما أصيب زميله الذي كان برفقته" as one wounded', () => {
    expect(
      tolls(['قتل مسلحون مجهولون سائق أجرة في قضاء الزبير مساء أمس، فيما أصيب زميله الذي كان برفقته.'], 'ar'),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('"عنصراً ثانياً أصيب", "جندياً آخر قتل": one more person, named by which one', () => {
  it('adds the second soldier wounded to the event just told', () => {
    expect(
      tolls(
        [
          'قتل جندي بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية صباح اليوم.',
          'وقال مصدر أمني إن جندياً ثانياً أصيب بجروح في الانفجار نفسه.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('militants killed over a month of operations are a month’s count', () => {
  it('drafts no incident of "carried out 20 operations during April, killing 31 militants"', () => {
    expect(
      tolls(
        [
          'Iraqi troops killed four Islamic State militants in a raid on a hideout near Rutba on Monday, the army said.',
          'The army said it carried out 20 operations in Anbar province during April, killing 31 militants.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('those aboard a vehicle a strike destroyed are its dead', () => {
  it('reads "destroyed a car carrying three militants" as three dead', () => {
    expect(
      tolls(
        [
          'A drone strike destroyed a car carrying three Islamic State militants near Baaj on Monday, the army said.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
  it('reads "دمرت … عجلة تقل أربعة من عناصر داعش" as four dead', () => {
    expect(
      tolls(['ودمرت طائرات التحالف عجلة تقل أربعة من عناصر داعش قرب قضاء البعاج فجر اليوم.'], 'ar'),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('a date told between the subject and the object of "اغتال"', () => {
  it('reads "اغتال مسلحون مجهولون، فجر اليوم الأربعاء، المختار" as one dead', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون، فجر اليوم الأربعاء، المختار في قرية الصدور التابعة لناحية المنصورية في ديالى.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('a wounded man who died, whom the first telling counted dead already, adds no dead', () => {
  it('keeps two dead and one wounded after "اغتال … الضابط ونجله", "مقتله وإصابة نجله مصطفى وأحد المارة", "أن مصطفى فارق الحياة"', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون الضابط المتقاعد خالد حسن ونجله في قرية الهويدر التابعة لقضاء بعقوبة مساء أمس.',
          'وقال مصدر أمني إن المسلحين أطلقوا النار على الضابط أمام منزله، ما أدى إلى مقتله على الفور وإصابة نجله مصطفى وأحد المارة.',
          'وأضاف أن مصطفى فارق الحياة متأثراً بجراحه فجر اليوم في المستشفى.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });
});
