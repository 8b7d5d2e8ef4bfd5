// Rules of the day of an incident (issue 12, the dates of unseen probes), each on text written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';

/** Each drafted incident's day (or span), killed and wounded. */
const drafted = (paragraphs: string[], published: string) => {
  const result = ingest(paragraphs.join('\n\n'), { published });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents.map((x) => ({
    date: x.date.from === x.date.to ? x.date.from : `${x.date.from}~${x.date.to}`,
    killed: x.killed,
    wounded: x.wounded,
  }));
};

describe('the taking of a place announced on its day', () => {
  it('"أعلن الجيش، ظهر أمس الاثنين، استعادة السيطرة على البلدة": the fight\'s toll told after it is of that day', () => {
    expect(
      drafted(
        [
          'الجيش يستعيد بلدة في ريف حماة',
          'أعلن الجيش السوري، ظهر أمس الاثنين، استعادة السيطرة على بلدة كفرنبودة في ريف حماة الشمالي، بعد عشرة أيام من خسارتها.',
          'وقال مصدر ميداني إن سبعة من مقاتلي الفصائل قتلوا في المعارك التي دارت عند أطراف البلدة.',
        ],
        '2019-05-28',
      ),
    ).toEqual([{ date: '2019-05-27', killed: 7, wounded: null }]);
  });
});

/** Each drafted incident's governorate and killed. */
const placed = (paragraphs: string[], published: string) => {
  const result = ingest(paragraphs.join('\n\n'), { published });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents.map((x) => ({ governorate: x.place.governorate?.en, killed: x.killed }));
};

describe('a field named for the place it lies by', () => {
  it('"at the Arak gas field": the name that is also a word is the place, and the blow is drafted', () => {
    expect(
      placed(
        [
          'Bomb hits gas workers',
          'DAMASCUS, May 4 (Reuters) - A bomb planted on a pipeline killed two engineers at the Arak gas field on Sunday, state media said.',
        ],
        '2021-05-04',
      ),
    ).toEqual([{ governorate: 'Homs', killed: 2 }]);
  });
});

describe('those taken, whose bodies were found', () => {
  it('"خطف مسلحون أربعة عمال، قبل أن تعثر دورية على جثثهم": the four taken are the dead', () => {
    expect(
      drafted(
        [
          'العثور على جثث عمال مخطوفين في ريف دير الزور',
          'خطف مسلحون مجهولون أربعة عمال من مدينة الميادين يوم السبت، قبل أن تعثر دورية للشرطة على جثثهم قرب الطريق العام.',
        ],
        '2018-09-10',
      ),
    ).toEqual([{ date: '2018-09-08', killed: 4, wounded: null }]);
  });
  it('"abducted two drivers …, and their bodies were found": the two taken are the dead', () => {
    expect(
      drafted(
        [
          'Drivers found dead in Diyala',
          'BAQUBA, Iraq, June 3 (Reuters) - Gunmen abducted two truck drivers near Muqdadiya on Sunday, and their bodies were found on a farm the next day, police said.',
        ],
        '2007-06-03',
      ).map((x) => x.killed),
    ).toEqual([2]);
  });
});
