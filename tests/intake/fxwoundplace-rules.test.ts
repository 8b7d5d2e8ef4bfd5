// Rules from the fxwoundplace round (issue 12, the wounded count told in a clause of its own, and the
// governorate of a told place): a rank with its person noun ("a third member") is a count whose owner
// ("of the security forces") may follow it; the owner of a count stands before a verb taking the
// wounds as object ("suffered injuries") as before a passive; where the wounded were moved from sits
// between the passive and "with injuries"; the wounded whose death is told ("وفاة جريحين") are dead,
// not wounded; the countryside of Damascus is Rif Dimashq; "وسط" (in the middle of) places the event
// in the town it names, a bearing after it only glossing where the town lies; the subdistricts of
// Afrin are known in the spellings of its own press. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a rank with its person noun is one more victim, whoever the noun belongs to', () => {
  it('"Two policemen were killed … A third officer of the traffic police was wounded": 2 dead, 1 wounded', () => {
    expect(
      ingested(
        'Two policemen killed in Kirkuk shooting',
        [
          'Two policemen were killed on Thursday when gunmen opened fire on a patrol in the Domiz district of Kirkuk, a police source said.',
          'A third officer of the traffic police was wounded and taken to the city hospital.',
        ],
        '2019-03-08',
        'en',
      ),
    ).toEqual([{ from: '2019-03-07', to: '2019-03-07', governorate: 'Kirkuk', killed: 2, wounded: 1 }]);
  });
});

describe('whose members they were, before a verb taking the wounds as its object', () => {
  it('"No one was killed … Three members of the crew suffered minor injuries": 3 wounded', () => {
    expect(
      ingested(
        'Rocket hits clinic in Idlib',
        [
          'A rocket struck a clinic in the town of Saraqib in Idlib province on Tuesday, local medics said.',
          'No one was killed, a nurse said. Three members of the crew suffered minor injuries.',
        ],
        '2019-06-12',
        'en',
      ),
    ).toEqual([{ from: '2019-06-11', to: '2019-06-11', governorate: 'Idlib', killed: null, wounded: 3 }]);
  });
});

describe('where the wounded were moved from, between the passive and "with injuries"', () => {
  it('"Two women were pulled from the ruins of a neighbouring house with light injuries": two wounded', () => {
    expect(
      ingested(
        'Shelling kills two brothers in Idlib',
        [
          'Government shelling killed two brothers in the town of Ariha in Idlib province on Friday, rescuers said.',
          'Two women were pulled from the ruins of a neighbouring house with light injuries.',
        ],
        '2020-01-18',
        'en',
      ),
    ).toEqual([{ from: '2020-01-17', to: '2020-01-17', governorate: 'Idlib', killed: 2, wounded: 2 }]);
  });
});

describe('the wounded whose death is told are dead, not wounded', () => {
  it('"قتل خمسة أشخاص … بعد وفاة جريحين صباح اليوم": 5 dead, no wounded', () => {
    expect(
      ingested(
        'مقتل خمسة بهجوم على حاجز في الصنمين',
        [
          'قتل خمسة أشخاص في هجوم على حاجز في مدينة الصنمين بريف درعا الشمالي مساء أمس السبت، بعد وفاة جريحين صباح اليوم.',
        ],
        '2021-05-09',
        'ar',
      ),
    ).toEqual([{ from: '2021-05-08', to: '2021-05-08', governorate: 'Daraa', killed: 5, wounded: null }]);
  });
});

describe('the countryside of Damascus is the governorate around the city', () => {
  it('"in a village in the southern countryside of Damascus": Rif Dimashq', () => {
    expect(
      ingested(
        'Gunmen kill a man near Damascus',
        [
          'Gunmen killed a former rebel commander in a village in the southern countryside of Damascus on Wednesday, local sources said.',
        ],
        '2021-07-15',
        'en',
      ).map((x) => x.governorate),
    ).toEqual(['Rif Dimashq']);
  });
});

describe('"وسط" places the event in the town it names; a bearing after the town only glosses it', () => {
  it('"في مرآب وسط مدينة الكوت جنوب شرقي بغداد": Wasit', () => {
    expect(
      ingested(
        'مقتل ثلاثة بانفجار في الكوت',
        ['قتل ثلاثة أشخاص بانفجار عبوة ناسفة اليوم الأحد في مرآب للسيارات وسط مدينة الكوت جنوب شرقي بغداد.'],
        '2012-04-15',
        'ar',
      ),
    ).toEqual([{ from: '2012-04-15', to: '2012-04-15', governorate: 'Wasit', killed: 3, wounded: null }]);
  });
});

describe('the subdistricts of Afrin, in the spellings of its own press', () => {
  it('"خلال التصدي لهجوم على محور ناحية بلبله": Aleppo', () => {
    expect(
      ingested(
        'مقتل سبعة عناصر من الفصائل',
        [
          'أعلنت وحدات حماية الشعب أن مقاتليها قتلوا سبعة من عناصر الفصائل خلال التصدي لهجوم على محور ناحية بلبله أمس الاثنين.',
        ],
        '2018-02-20',
        'ar',
      ),
    ).toEqual([{ from: '2018-02-19', to: '2018-02-19', governorate: 'Aleppo', killed: 7, wounded: null }]);
  });
});
