// Rules of which day an incident took place (issue 12, dates and incidents not drafted), each on an
// example written for it.
import { describe, expect, it } from 'vitest';
// (each drafted incident's day range, governorate and counts, the first paragraph as the title)
import { ingestedParagraphs as drafted } from '../support/tolls.js';

describe('a month named in two traditions side by side is one month, with its year', () => {
  it('dates "في تموز يوليو 2007" in July 2007, not in the year of publication', () => {
    expect(
      drafted(
        [
          'السجن المؤبد لمدان بتفجير سوق في الحلة',
          'بابل/ أصوات العراق',
          'أصدرت محكمة جنايات بابل، أمس الثلاثاء، حكما بالسجن المؤبد بحق مدان بتفجير سيارة ملغومة في سوق شعبي وسط الحلة في تموز يوليو 2007، ما أسفر عن مقتل تسعة مدنيين وإصابة 20 آخرين.',
          'وقال مصدر قضائي إن الحكم قابل للطعن أمام محكمة التمييز.',
        ],
        '2009-03-11',
      ),
    ).toEqual([{ from: '2007-07-01', to: '2007-07-31', governorate: 'Babil', killed: 9, wounded: 20 }]);
  });
});

describe('a Hijri day told as an ordinal word after "في" is that day of the last such month', () => {
  it('dates "في العاشر من رمضان الماضي" in Ramadan before publication, not at publication', () => {
    expect(
      drafted(
        [
          'السجن لمدانين باغتيال مختار في ريف درعا',
          'أصدرت محكمة محلية في ريف درعا، اليوم الأحد، حكماً بالسجن على رجلين أدينا بقتل مختار بلدة الحراك ونجله بإطلاق النار على سيارتهما في العاشر من رمضان الماضي.',
          'وقال مصدر في المحكمة إن المدانين اعترفا بالتهمة.',
        ],
        '2019-08-18',
      ),
    ).toEqual([{ from: '2019-05-15', to: '2019-05-15', governorate: 'Daraa', killed: 2, wounded: null }]);
  });
});
