// Rules from the fxplaces19 round (issue 12, governorates): an outlet's office line "X / town" places a
// village the gazetteer does not know; a road told bare "between" two towns of two governorates names
// neither; where those who fired are is not where their fire fell; houses "nearby" are no place near
// the one before; a death told as a noun in a hospital is not where the blow fell; a clan village
// "قرية البو X" keeps its two words; al-Mutasim and Adra in the gazetteer; on sentences written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';
import { officeLine } from '../../src/intake/article/office-line.js';
import { withoutNearbyBuildings } from '../../src/intake/places/nearby-buildings.js';
import { unknownPlaceName } from '../../src/intake/places/unknown-place.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { withoutCrossRoads } from '../../src/intake/places/elsewhere/road-between.js';

describe("an outlet's office line above the story", () => {
  it('"المدى برس / بيجي", then a blast at a village the gazetteer does not know: Salahuddin', () => {
    expect(
      ingested(
        'انفجار عبوة على رتل عسكري',
        [
          'المدى برس / بيجي',
          'قال مصدر أمني، اليوم الأحد، إن عبوة ناسفة انفجرت على رتل للجيش قرب قرية البو جواري، ما أسفر عن مقتل جندي وإصابة ثلاثة آخرين.',
        ],
        '2016-03-13',
        'ar',
      ),
    ).toEqual([{ from: '2016-03-13', to: '2016-03-13', governorate: 'Salahuddin', killed: 1, wounded: 3 }]);
  });

  it('the office line read: two short sides of one slash, Arabic only, no date and no sentence', () => {
    expect(officeLine(['المدى برس / بيجي', 'نص الخبر.'])).toBe('المدى برس / بيجي');
    expect(officeLine(['كركوك/ شبكة الأخبار'])).toBe('كركوك/ شبكة الأخبار');
    expect(officeLine(['دهوك - الخميس ١٦/٨/٢٠١٨'])).toBeNull();
    expect(officeLine(['Geneva / Damascus (OCHA)'])).toBeNull();
    expect(officeLine(['قال مصدر أمني إن مسلحين هاجموا نقطة تفتيش / وقتلوا اثنين من عناصرها'])).toBeNull();
  });
});

describe('a road told bare between two towns of two governorates', () => {
  it('"على الطريق الرئيسي بين كركوك وتكريت قرب بلدة العلم": the town it was near, not Kirkuk', () => {
    expect(
      ingested(
        'هجمات متفرقة',
        [
          'قتل ثلاثة من عناصر الشرطة، أمس الثلاثاء، بانفجار عبوة ناسفة استهدفت دوريتهم على الطريق الرئيسي بين كركوك وتكريت قرب بلدة العلم.',
        ],
        '2013-05-08',
        'ar',
      ),
    ).toEqual([
      { from: '2013-05-07', to: '2013-05-07', governorate: 'Salahuddin', killed: 3, wounded: null },
    ]);
  });
});

describe('a town glossed by the road it lies on', () => {
  it('"البلدة الواقعة على الطريق الدولي بين حماة وحمص": the road blanked, a road retaken kept', () => {
    const glossed = 'سيطر المقاتلون على البلدة الواقعة على الطريق الدولي بين حماة وحمص';
    expect(withoutCrossRoads(glossed, 'ar', resolvePlace)).not.toContain('حماة');
    const retaken = 'استعادت القوات السيطرة على الطريق الدولي بين حماة وحمص';
    expect(withoutCrossRoads(retaken, 'ar', resolvePlace)).toContain('حماة');
  });
});

describe('where those who fired are', () => {
  it('"militants in the X area fired mortars at Y": the place struck', () => {
    expect(
      ingested(
        'Shelling',
        [
          'On Friday, militants in the Eastern Ghouta region fired mortar rounds at Damascus, killing two people and wounding five in the Qassaa district, state media said.',
        ],
        '2016-02-06',
        'en',
      ),
    ).toEqual([{ from: '2016-02-05', to: '2016-02-05', governorate: 'Damascus', killed: 2, wounded: 5 }]);
  });

  it('"قذائف أطلقها مسلحون في X على Y": the place struck', () => {
    expect(
      ingested(
        'قذائف على المدينة',
        [
          'قتل مدنيان وأصيب خمسة آخرون، اليوم الجمعة، جراء قذائف هاون أطلقها مسلحون في الغوطة الشرقية على حي القصاع بدمشق.',
        ],
        '2016-02-05',
        'ar',
      ),
    ).toEqual([{ from: '2016-02-05', to: '2016-02-05', governorate: 'Damascus', killed: 2, wounded: 5 }]);
  });
});

describe('houses told as nearby', () => {
  it('"…جنوبي الموصل، … على المنازل القريبة" after an event in Kirkuk: Nineveh, no place near Kirkuk', () => {
    expect(
      ingested(
        'انفجار مخزن',
        [
          'أصيب ثلاثة حراس، اليوم الاثنين، بانفجار مخزن للأعتدة قرب قضاء الحويجة في محافظة كركوك.',
          'وكان انفجار مماثل قد وقع في معسكر للجيش جنوبي الموصل في الخامس من الشهر الحالي، وأسفر عن مقتل مدنيين اثنين بعد سقوط مقذوفات على المنازل القريبة.',
        ],
        '2019-08-19',
        'ar',
      ),
    ).toEqual([
      { from: '2019-08-19', to: '2019-08-19', governorate: 'Kirkuk', killed: null, wounded: 3 },
      { from: '2019-08-05', to: '2019-08-05', governorate: 'Nineveh', killed: 2, wounded: null },
    ]);
  });

  it('the houses blanked, a village told as nearby kept', () => {
    expect(withoutNearbyBuildings('سقطت قذيفة على المنازل القريبة').trim()).toBe('سقطت قذيفة على');
    expect(withoutNearbyBuildings('shells hit nearby homes').trim()).toBe('shells hit');
    expect(withoutNearbyBuildings('على قرية الزيتون القريبة')).toBe('على قرية الزيتون القريبة');
  });
});

describe('a death told as a noun, in a hospital of another town', () => {
  it('"…بعد وفاة أحد الجريحين في مستشفى أربيل": the toll stays where the blow fell', () => {
    expect(
      ingested(
        'انفجار عبوة',
        [
          'أصيب جنديان، صباح اليوم، بانفجار عبوة ناسفة على دوريتهم قرب قضاء مخمور جنوب شرقي الموصل.',
          'وفي وقت لاحق، ارتفعت حصيلة الانفجار إلى مقتل جندي وإصابة ثلاثة، بعد وفاة أحد الجريحين في مستشفى أربيل.',
        ],
        '2017-02-20',
        'ar',
      ).map((x) => x.governorate),
    ).not.toContain('Erbil');
  });
});

describe('a clan village', () => {
  it('"قرب قرية البو فلاح": the village is "البو فلاح", not "البو"', () => {
    expect(unknownPlaceName('انفجرت عبوة قرب قرية البو فلاح شرقي النهر', 'ar')).toBe('البو فلاح');
  });
});

describe('towns the gazetteer knows', () => {
  it('al-Mutasim (Salahuddin), in both languages, told with its article or its kind', () => {
    expect(resolvePlace('troops killed two gunmen near al-Mutasim', 'en')?.governorate?.en).toBe(
      'Salahuddin',
    );
    expect(resolvePlace('اشتباكات في ناحية المعتصم', 'ar')?.governorate?.en).toBe('Salahuddin');
    // (a man's name bare is no place)
    expect(resolvePlace('قال المعتصم إن الوضع هادئ', 'ar')).toBeNull();
  });

  it('al-Dour and al-Alam told bare by wire copy, with a cue ("in Dour", "near Alam"); the bare word alone is none', () => {
    expect(resolvePlace('Gunmen shot dead a shopkeeper in Dour late on Friday.', 'en')?.governorate?.en).toBe(
      'Salahuddin',
    );
    expect(resolvePlace('A bomb wounded three farmers near Alam.', 'en')?.governorate?.en).toBe('Salahuddin');
    expect(resolvePlace('Colonel Alam told reporters the road was open.', 'en')).toBeNull();
  });

  it("Adra and its workers' suburb (Rif Dimashq), no longer the capital beside it", () => {
    expect(resolvePlace('قذائف على مدينة عدرا العمالية', 'ar')?.governorate?.en).toBe('Rif Dimashq');
    expect(resolvePlace('shells hit Adra al-Ummaliya', 'en')?.governorate?.en).toBe('Rif Dimashq');
  });
});
