// Rules from the fxplaces4 round (issue 12, a word that is a place name elsewhere taking the incident
// to the wrong governorate): a city's quarter named after a province, a town's name that is also a
// family name told as a quarter, a town's name that is also a common noun qualified as a part of a
// building, a bearing from a city after a place told with its own governorate, and "there"; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingestedParagraphs } from '../support/tolls.js';

describe('a quarter named after a province lies in the city told, not in that province', () => {
  it('"حي المثنى" after fighting told in Mosul: one incident, in Nineveh', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل عشرين مسلحاً في معارك الموصل',
          'أعلنت قيادة العمليات، اليوم الاثنين، مقتل عشرين مسلحاً خلال تقدم القوات في مدينة الموصل أمس الأحد.',
          'وزعم التنظيم أن مقاتليه فجروا ثلاث سيارات مفخخة على القوات في حي المثنى.',
        ],
        '2017-01-16',
      ),
    ).toEqual([{ from: '2017-01-15', to: '2017-01-15', governorate: 'Nineveh', killed: 20, wounded: null }]);
  });

  it('"clashes in the Muthanna district" after troops told in Tikrit: Salahuddin', () => {
    expect(
      ingestedParagraphs(
        [
          'Iraqi forces push into Tikrit',
          'Iraqi troops pushed into the centre of Tikrit on Monday, officials said.',
          'A police officer said clashes on Monday in the Muthanna district had killed 15 militants.',
        ],
        '2015-03-30',
      ),
    ).toEqual([
      { from: '2015-03-30', to: '2015-03-30', governorate: 'Salahuddin', killed: 15, wounded: null },
    ]);
  });
});

describe('a town whose name is also a family name, told as an area after a blast in a city, is that city’s', () => {
  it('"في منطقة الوليد" after a car bomb in a Baghdad quarter: both in Baghdad', () => {
    expect(
      ingestedParagraphs(
        [
          'انفجاران في بغداد',
          'انفجرت سيارة مفخخة في سوق بحي الأمين شرقي بغداد صباح اليوم الأحد، ما أسفر عن مقتل ستة أشخاص وإصابة 15.',
          'وبعد ساعتين انفجرت عبوة ناسفة قرب مقهى في منطقة الوليد، ما أسفر عن مقتل شخصين وإصابة خمسة.',
        ],
        '2017-01-15',
      ),
    ).toEqual([
      { from: '2017-01-15', to: '2017-01-15', governorate: 'Baghdad', killed: 6, wounded: 15 },
      { from: '2017-01-15', to: '2017-01-15', governorate: 'Baghdad', killed: 2, wounded: 5 },
    ]);
  });
});

describe('a town’s name that is also a common noun, qualified as a part of a building, is the noun', () => {
  it('"عند الباب الرئيسي" of a mosque told in Baqubah: Diyala, not al-Bab of Aleppo', () => {
    expect(
      ingestedParagraphs(
        [
          'انتحاري يستهدف جامعاً في بعقوبة',
          'استهدف هجوم انتحاري جامعاً في مدينة بعقوبة خلال صلاة المغرب مساء أمس الجمعة.',
          'وقال مصدر أمني إن الانتحاري فجر نفسه عند الباب الرئيسي، ما أسفر عن مقتل ستة مصلين وإصابة 11 آخرين.',
        ],
        '2015-08-15',
      ),
    ).toEqual([{ from: '2015-08-14', to: '2015-08-14', governorate: 'Diyala', killed: 6, wounded: 11 }]);
  });
});

describe('a bearing from a city gives way to a place told with its own governorate', () => {
  it('"في منطقة العوجة بمحافظة صلاح الدين شمال بغداد": Salahuddin', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل جنديين بهجوم لداعش',
          'قتل جنديان وأصيب ثلاثة آخرون بهجوم شنه مسلحون على نقطة للجيش في منطقة العوجة بمحافظة صلاح الدين شمال بغداد مساء أمس الأحد.',
        ],
        '2022-04-11',
      ),
    ).toEqual([{ from: '2022-04-10', to: '2022-04-10', governorate: 'Salahuddin', killed: 2, wounded: 3 }]);
  });
});

describe('"there" points at the place the text just told', () => {
  it('a rally told in Basra, then "A protester was shot dead there": Basra, apart from Nasiriyah', () => {
    expect(
      ingestedParagraphs(
        [
          'Protests spread across southern Iraq',
          'Police in Nasiriyah fired on protesters on Monday, killing two, medics said.',
          'In Basra, hundreds of people rallied outside the provincial council on Monday. A protester was shot dead there on Sunday, medics said.',
        ],
        '2019-11-05',
      ),
    ).toEqual([
      { from: '2019-11-04', to: '2019-11-04', governorate: 'Dhi Qar', killed: 2, wounded: null },
      { from: '2019-11-03', to: '2019-11-03', governorate: 'Basra', killed: 1, wounded: null },
    ]);
  });
});

// Rules from the second fxplaces4 round (issue 12, incidents placed in the wrong governorate or
// nowhere): a quarter told right after an event in a city, a road inside a city named after another,
// a hospital that speaks of its wounded, a road's destination, a capital accused or announcing, a
// title of two stories, and towns of Daraa and Deir ez-Zor the gazetteer lacked.
describe('a quarter told by its word right after an event told in a city lies in that city', () => {
  it('"in the Shorja neighborhood" after a blast in the city of Kirkuk: Kirkuk, not Baghdad’s market', () => {
    expect(
      ingestedParagraphs(
        [
          'Bomb hits party office in Kirkuk',
          'A suicide bomber blew himself up on Sunday at the gate of a party office in the city of Kirkuk, killing three guards and wounding nine people, police said.',
          'The bomber walked up to the checkpoint outside the office in the Shorja neighborhood and detonated his vest, a police officer said.',
        ],
        '2008-03-09',
      ),
    ).toEqual([{ from: '2008-03-09', to: '2008-03-09', governorate: 'Kirkuk', killed: 3, wounded: 9 }]);
  });

  it('"Baghdad’s Shorja neighborhood" named with its own city stays in Baghdad', () => {
    expect(
      ingestedParagraphs(
        [
          'Blasts in Kirkuk and Baghdad',
          'A car bomb exploded on Sunday in the city of Kirkuk, killing three people, police said.',
          'Later on Sunday a roadside bomb in Baghdad’s Shorja neighborhood killed two shoppers.',
        ],
        '2008-03-09',
      ),
    ).toEqual([
      { from: '2008-03-09', to: '2008-03-09', governorate: 'Kirkuk', killed: 3, wounded: null },
      { from: '2008-03-09', to: '2008-03-09', governorate: 'Baghdad', killed: 2, wounded: null },
    ]);
  });
});

describe('a road inside a city named after the city it leads to places nothing there', () => {
  it('"على طريق بغداد في جنوب المدينة" in a story about Samarra: Salahuddin, not Baghdad', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل تاجر في سامراء',
          'قتل مسلحون مجهولون تاجراً أمام متجره في مدينة سامراء مساء أمس الأحد.',
          'وفي حادث آخر، قتل مسلحون سائق أجرة على طريق بغداد في جنوب المدينة صباح اليوم.',
        ],
        '2009-05-11',
      ),
    ).toEqual([
      { from: '2009-05-10', to: '2009-05-10', governorate: 'Salahuddin', killed: 1, wounded: null },
      { from: '2009-05-11', to: '2009-05-11', governorate: 'Salahuddin', killed: 1, wounded: null },
    ]);
  });
});

describe('a hospital that speaks of the wounded it received is where they were carried', () => {
  it('"doctors at Sulaimani’s main hospital said they had received" after a clash at a town of Diyala', () => {
    expect(
      ingestedParagraphs(
        [
          'Clash at Jalawla',
          'Kurdish forces and militiamen clashed on Tuesday at Jalawla, officials said. Four fighters were killed.',
          'Doctors at Sulaimani’s main hospital said they had received six wounded fighters.',
        ],
        '2014-11-26',
      ).map((x) => x.governorate),
    ).toEqual(['Diyala']);
  });
});

describe('a town named only as where a road leads, right after an event, is no place of its own', () => {
  it('"على الطريق الرئيس المؤدي إلى بعقوبة" after a clash in Samarra, then a killing "east of the city"', () => {
    expect(
      ingestedParagraphs(
        [
          'اشتباكات في سامراء',
          'اندلعت اشتباكات ليلة الأحد على الاثنين في مدينة سامراء، ما أسفر عن مقتل أربعة أشخاص وإصابة عشرة.',
          'وبدأت الاشتباكات بشجار عند نقطة تفتيش على الطريق الرئيس المؤدي إلى بعقوبة.',
          'وفي مساء أمس الاثنين، قتل مسلحون رجلاً في حي شرقي المدينة.',
        ],
        '2016-02-16',
      ).map((x) => x.governorate),
    ).toEqual(['Salahuddin', 'Salahuddin']);
  });
});

describe('a capital accused or announcing is the government, not a place', () => {
  it('"واتهم … دمشق وطهران بـ…" after strikes on Idlib: no incident in Damascus', () => {
    expect(
      ingestedParagraphs(
        [
          'غارات على ريف إدلب',
          'قتل خمسة مدنيين وأصيب ثمانية بغارات جوية على بلدة سرمين في ريف إدلب صباح اليوم الخميس.',
          'واتهم "الجيش الوطني" دمشق وطهران بـ"إرسال المقاتلين إلى معارك خاسرة".',
        ],
        '2020-01-16',
      ).map((x) => x.governorate),
    ).toEqual(['Idlib']);
  });

  it('"فيما أعلنت بغداد مقتل 12" after strikes on a town of Anbar: Anbar, not Baghdad', () => {
    expect(
      ingestedParagraphs(
        [
          'ضربات جوية على الحدود',
          'استهدفت ضربات جوية مواقع لفصائل مسلحة في قضاء القائم بمحافظة الأنبار فجر اليوم السبت، فيما أعلنت بغداد مقتل 12 شخصاً.',
        ],
        '2024-02-03',
      ).map((x) => x.governorate),
    ).toEqual(['Anbar']);
  });
});

describe('a title of two stories joined by ".." places the body’s unplaced lead in the first', () => {
  it('"مقتل شرطيين في بيجي.. ومسلحون يهاجمون قرية في ديالى": the lead’s toll in Salahuddin', () => {
    expect(
      ingestedParagraphs(
        [
          'روايتان لحصيلة اقتحام مخيم الحويجة.. ومسلحون يهاجمون بلدة جلولاء',
          'قالت وزارة الدفاع إن العملية أسفرت عن مقتل 12 مسلحاً وإصابة خمسة جنود.',
        ],
        '2014-03-09',
      ).map((x) => x.governorate),
    ).toEqual(['Kirkuk']);
  });
});

describe('towns of Daraa and Deir ez-Zor the copy names', () => {
  it('"in an ambush near Tasil": Daraa', () => {
    expect(
      ingestedParagraphs(
        [
          'Soldiers killed in ambush',
          'Three soldiers were killed on Monday in an ambush near Tasil, activists said.',
        ],
        '2020-07-14',
      ).map((x) => x.governorate),
    ).toEqual(['Daraa']);
  });

  it('"عند مدخل بلدة الصبحة": Deir ez-Zor', () => {
    expect(
      ingestedParagraphs(
        ['هجوم على حاجز', 'قتل عنصران بهجوم مسلح على حاجز عند مدخل بلدة الصبحة مساء أمس الأحد.'],
        '2023-09-04',
      ).map((x) => x.governorate),
    ).toEqual(['Deir ez-Zor']);
  });
});
