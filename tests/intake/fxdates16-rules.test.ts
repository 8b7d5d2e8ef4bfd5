// Rules from the fxdates16 round (issue 12, incidents missed only by their day or governorate): a
// heading that names a roundup and its day dates the items below it; where the dead found had been
// seized is not where they were found; a quarter told by a phrase beside its name (", a … neighborhood")
// is the city's, not its namesake elsewhere; an accusation's day told before the deed it names by its
// verbal noun ("accused … on Tuesday of firing on … late Monday") is the day it was said; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, ingested } from '../support/tolls.js';

describe('a heading that names a roundup and its day: the day of the items below it', () => {
  it('"Round-up of violence in Iraq, Monday 11 June 2007", then items with no day of their own', () => {
    expect(
      ingested(
        'Iraq: four killed in violence',
        [
          'Round-up of violence in Iraq, Monday 11 June 2007',
          'Baghdad\nA car bomb exploded in the Karrada district, killing four civilians and wounding 11, an official said.',
        ],
        '2007-06-12',
      ),
    ).toEqual([{ from: '2007-06-11', to: '2007-06-11', governorate: 'Baghdad', killed: 4, wounded: 11 }]);
  });

  it('"الحصاد الأمني ليوم الاثنين 11 حزيران 2007", then items with no day of their own', () => {
    expect(
      ingested(
        'أمن العراق',
        [
          'الحصاد الأمني ليوم الاثنين 11 حزيران 2007',
          'بغداد\nانفجرت سيارة مفخخة في منطقة الكرادة، ما أسفر عن مقتل أربعة مدنيين وإصابة 11 آخرين.',
        ],
        '2007-06-12',
      ),
    ).toEqual([{ from: '2007-06-11', to: '2007-06-11', governorate: 'Baghdad', killed: 4, wounded: 11 }]);
  });
});

describe('where the dead found had been seized: not where they were found', () => {
  it('"مصدر في شرطة ناحية الصويرة في محافظة واسط: انتشلت خمس جثث من النهر، يعتقد أن أصحابها اختطفوا في بغداد"', () => {
    expect(
      incidents(
        [
          'وأفاد مصدر في شرطة ناحية الصويرة في محافظة واسط بأن الشرطة النهرية انتشلت صباح اليوم خمس جثث من نهر دجلة، يعتقد أن أصحابها اختطفوا في بغداد.',
        ],
        'ar',
        '2006-03-14',
      ),
    ).toEqual([{ from: '2006-03-14', to: '2006-03-14', governorate: 'Wasit', killed: 5, wounded: null }]);
  });
});

describe('a quarter told by a phrase beside its name: the city’s, not its namesake elsewhere', () => {
  it('"…in al-Sulaymaniyah, a mostly Christian neighborhood" after an event in Aleppo', () => {
    expect(
      incidents(
        [
          'Rebel mortar rounds killed four people in the Syrian city of Aleppo on Sunday, state media said.',
          'On Monday, a shell hit a house in al-Sulaymaniyah, a mostly Christian neighborhood, killing a man and wounding three, state media said.',
        ],
        'en',
        '2013-11-05',
      ),
    ).toEqual([
      { from: '2013-11-03', to: '2013-11-03', governorate: 'Aleppo', killed: 4, wounded: null },
      { from: '2013-11-04', to: '2013-11-04', governorate: 'Aleppo', killed: 1, wounded: 3 },
    ]);
  });
});

describe('an accusation on its day of a deed told by its verbal noun, on an earlier day', () => {
  it('"Syria accused Turkish forces on Thursday of firing on a border post late Wednesday, killing one guard"', () => {
    expect(
      incidents(
        [
          'Syria accused Turkish forces on Thursday of firing on a border post near the town of Abu Kamal late Wednesday, killing one guard and wounding two others.',
        ],
        'en',
        '2012-10-04',
      ),
    ).toEqual([{ from: '2012-10-03', to: '2012-10-03', governorate: 'Deir ez-Zor', killed: 1, wounded: 2 }]);
  });

  it('"اتهمت الوزارة، اليوم الخميس، القوات التركية بإطلاق النار على مخفر … مساء أمس الأربعاء"', () => {
    expect(
      incidents(
        [
          'اتهمت وزارة الداخلية، اليوم الخميس، القوات التركية بإطلاق النار على مخفر حدودي قرب مدينة البوكمال مساء أمس الأربعاء، ما أدى إلى مقتل عنصر وإصابة اثنين.',
        ],
        'ar',
        '2012-10-04',
      ),
    ).toEqual([{ from: '2012-10-03', to: '2012-10-03', governorate: 'Deir ez-Zor', killed: 1, wounded: 2 }]);
  });
});
