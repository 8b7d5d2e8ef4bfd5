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
