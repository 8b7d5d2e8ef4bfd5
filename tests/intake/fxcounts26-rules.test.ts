// Rules from the fxcounts26 round (issue 12, how many a phrase names when it lists people): a judge
// or an officer named by his rank alone, the head of a family named by a construct, and a goldsmith
// named by his trade, each with his kin or guards joined after him; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a judge or an officer named by his rank alone is one person, his kin or guards joined after him', () => {
  it('"قاضي محكمة الزبير وشقيقه" is two dead', () => {
    expect(
      ingested(
        'اغتيال قاض في البصرة',
        ['اغتال مسلحون مجهولون، مساء أمس السبت، قاضي محكمة الزبير وشقيقه قرب منزلهما غربي البصرة.'],
        '2020-05-10',
      ),
    ).toEqual([{ from: '2020-05-09', to: '2020-05-09', governorate: 'Basra', killed: 2, wounded: null }]);
  });

  it('"قتلوا قاضيا وشقيقه" is two dead', () => {
    expect(
      ingested(
        'مقتل قاض في ميسان',
        ['قتل مسلحون مجهولون، فجر اليوم الأحد، قاضيا وشقيقه أمام منزلهما في مدينة العمارة.'],
        '2020-05-10',
      ),
    ).toEqual([{ from: '2020-05-10', to: '2020-05-10', governorate: 'Maysan', killed: 2, wounded: null }]);
  });

  it('"استشهاد العميد واثنين من حراسه وإصابة ثلاثة آخرين" is three dead, three wounded', () => {
    expect(
      ingested(
        'تفجير يستهدف موكبا في ديالى',
        [
          'انفجرت عبوة ناسفة مساء أمس السبت بموكب مدير شرطة قضاء المقدادية في ديالى، ما أسفر عن استشهاد العميد واثنين من حراسه وإصابة ثلاثة آخرين.',
        ],
        '2020-05-10',
      ),
    ).toEqual([{ from: '2020-05-09', to: '2020-05-09', governorate: 'Diyala', killed: 3, wounded: 3 }]);
  });
});

describe('the head of a family named by a construct is one person, his own kin joined after him', () => {
  it('"قتلوا رب الأسرة وزوجته واثنين من أبنائه" is four dead', () => {
    expect(
      ingested(
        'مقتل أربعة من عائلة واحدة في ديالى',
        [
          'اقتحم مسلحون مجهولون فجر أمس السبت منزلا في قرية تابعة لقضاء الخالص في ديالى، وقتلوا رب الأسرة وزوجته واثنين من أبنائه قبل أن يلوذوا بالفرار.',
        ],
        '2020-05-10',
      ),
    ).toEqual([{ from: '2020-05-09', to: '2020-05-09', governorate: 'Diyala', killed: 4, wounded: null }]);
  });

  it('"استشهاد رب العائلة ونجليه" is three dead', () => {
    expect(
      ingested(
        'قصف مدفعي على ريف إدلب',
        [
          'أدى قصف مدفعي لقوات النظام اليوم الثلاثاء على بلدة سرمين في ريف إدلب إلى استشهاد رب العائلة ونجليه.',
        ],
        '2020-05-12',
      ),
    ).toEqual([{ from: '2020-05-12', to: '2020-05-12', governorate: 'Idlib', killed: 3, wounded: null }]);
  });
});

describe('a goldsmith named by his trade is one person, his kin joined after him', () => {
  it('"قتل صائغ وابنه" is two dead', () => {
    expect(
      ingested(
        'سطو مسلح على محل ذهب في الموصل',
        [
          'قتل مسلحون مجهولون مساء أمس الاثنين صائغا وابنه داخل محلهما في سوق الموصل القديمة وسرقوا مصوغات ذهبية.',
        ],
        '2020-05-12',
      ),
    ).toEqual([{ from: '2020-05-11', to: '2020-05-11', governorate: 'Nineveh', killed: 2, wounded: null }]);
  });
});
