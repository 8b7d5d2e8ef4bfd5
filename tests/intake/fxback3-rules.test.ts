// Rules from the fxback3 round (issue 12, background and secondary items that drew no draft). Each
// on sentences written for it.
import { describe, expect, it, vi } from 'vitest';
import { bearingFromTownOfBefore } from '../../src/intake/places/bearing-from-town-of-before.js';
import { matchView } from '../../src/intake/reading/view.js';
import { ingested } from '../support/tolls.js';

// (the whole pipeline, the gazetteer loaded on the first: slow on a busy machine)
vi.setConfig({ testTimeout: 120_000 });

const mv = (text: string): string => matchView(text).text;

describe('"the village of X north of Y", Y the unknown town the event before was told at', () => {
  it('places the later strike where the event before was', () => {
    expect(
      ingested(
        'Government forces enter Kafr Bilal',
        [
          'Government forces seized the town of Kafr Bilal southwest of Hama on Saturday after days of shelling, a monitor said.',
          'At least 14 rebels and nine soldiers were killed on Friday in the last assault, the monitor said.',
          'Residents said most families had left weeks ago.',
          'On Thursday, a drone strike on the village of Umm Suwan west of Kafr Bilal killed four members of one family, activists said.',
        ],
        '2016-03-06',
        'en',
      ),
    ).toContainEqual({ from: '2016-03-03', to: '2016-03-03', governorate: 'Hama', killed: 4, wounded: null });
  });

  it('knows the bearing from a town named by its kind in the text before, in English and Arabic', () => {
    expect(
      bearingFromTownOfBefore(
        mv('a shell hit the village of Umm Suwan west of Kafr Bilal, killing two'),
        'Troops seized the town of Kafr Bilal southwest of Hama',
      ),
    ).toBe(true);
    expect(
      bearingFromTownOfBefore(
        mv('وقتل ثلاثة بغارة على قرية الزعفرانة شمال الحويز'),
        'سيطرت قوات النظام على بلدة الحويز في ريف حماة',
      ),
    ).toBe(true);
  });

  it('says nothing of a bearing from a town the event before did not tell as its own', () => {
    expect(
      bearingFromTownOfBefore(
        mv('a shell hit the village of Umm Suwan west of Kafr Bilal, killing two'),
        'Troops seized the town of Tal Jadid southwest of Hama',
      ),
    ).toBe(false);
    expect(
      bearingFromTownOfBefore(
        mv('a shell hit the village of Umm Suwan west of the town, killing two'),
        'Troops seized the town of Kafr Bilal southwest of Hama',
      ),
    ).toBe(false);
  });
});

describe('"وتزامنت الغارات مع تقدم …، حيث قُتل 12": the toll of what the event told coincided with', () => {
  it('drafts the advance with its own dead, apart from the strikes, in Arabic', () => {
    expect(
      ingested(
        'قتلى بقصف على مسكنة شرق حلب',
        [
          'قُتل أربعة مدنيين وجرح تسعة آخرون، فجر اليوم الثلاثاء، بقصف جوي على مدينة مسكنة شرق حلب، بحسب ناشطين.',
          'وتزامن القصف مع هجوم لقوات النظام، اليوم الثلاثاء، على قرى جنوب مسكنة، حيث قُتل ستة عناصر من التنظيم في الاشتباكات.',
        ],
        '2017-02-14',
        'ar',
      ),
    ).toEqual([
      { from: '2017-02-14', to: '2017-02-14', governorate: 'Aleppo', killed: 4, wounded: 9 },
      { from: '2017-02-14', to: '2017-02-14', governorate: 'Aleppo', killed: 6, wounded: null },
    ]);
  });
});

describe('a mass grave\'s lead, then "وفي اليوم ذاته، قتل رجل": a killing of the news\' day, not one of its victims', () => {
  it('drafts the killing told on the same day as the finding', () => {
    expect(
      ingested(
        'العثور على مقبرة جماعية قرب نوى ومقتل رجل برصاص مجهولين',
        [
          'عثر أهالي مدينة نوى في ريف درعا الغربي، أمس الأحد، على مقبرة جماعية تضم رفات 11 شخصاً قرب طريق زراعي، يرجح أنهم قتلوا عام 2013.',
          'وفي اليوم ذاته، قتل رجل من أبناء نوى برصاص مسلحين مجهولين قرب مدخل المدينة الشمالي.',
        ],
        '2021-05-10',
        'ar',
      ),
    ).toEqual([{ from: '2021-05-09', to: '2021-05-09', governorate: 'Daraa', killed: 1, wounded: null }]);
  });
});
