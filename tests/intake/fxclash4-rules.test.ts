// Rules from the fxclash4 round (issue 12, both sides' dead of one fight summed): a
// nationality told of the one person counted does not end the count joined after it ("جندي عراقي
// واثنان من مسلحي …"); a capital named as the one accused is the government, not the place of a side's
// own dead told again; and the fight named back with the day it broke out, the day before the night it
// was first dated by, is the same fight, now on its own day; those killed in a gunfight are its toll,
// both sides. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a nationality told of one person counted does not end the count', () => {
  it('"قتل شرطي سوري وثلاثة من مسلحي الفصائل في اشتباكات": 4 dead', () => {
    expect(
      ingested(
        'اشتباكات في الصنمين',
        [
          'قتل شرطي سوري وثلاثة من مسلحي الفصائل المحلية في اشتباكات اندلعت مساء أمس الخميس في مدينة الصنمين بريف درعا الشمالي، بحسب مصادر محلية.',
        ],
        '2021-04-09',
        'ar',
      ),
    ).toEqual([{ from: '2021-04-08', to: '2021-04-08', governorate: 'Daraa', killed: 4, wounded: null }]);
  });
});

describe('a capital named as the one accused is no place', () => {
  it('"…سقطوا في المواجهات، متهمة دمشق بخرق الاتفاق": the side\'s own dead told again, no incident in Damascus', () => {
    expect(
      ingested(
        'قتلى باشتباكات في ريف الحسكة',
        [
          'قُتل جنديان من الجيش السوري وثلاثة من مقاتلي قوات الأسايش في اشتباكات اندلعت مساء أمس الجمعة في حي الغويران بمدينة الحسكة، بحسب مصادر محلية.',
          'من جهتها، قالت قوات الأسايش في بيان إن ثلاثة من مقاتليها سقطوا في المواجهات، متهمة دمشق بخرق الاتفاق.',
        ],
        '2022-01-22',
        'ar',
      ),
    ).toEqual([{ from: '2022-01-21', to: '2022-01-21', governorate: 'Hasakah', killed: 5, wounded: null }]);
  });
});

describe('the fight named back with the day it broke out is the same fight', () => {
  it('"…killed in an overnight gunfight…", then "The clash broke out late Saturday in …": one fight, on Saturday', () => {
    expect(
      ingested(
        'Five killed in border gunfight',
        [
          'Two customs officers and three smugglers were killed in an overnight gunfight near the Kuwaiti border in Basra province, a security official said on Monday.',
          'The clash broke out late Saturday in the Safwan area, south of Basra, when a patrol stopped a truck loaded with cigarettes, the official said, adding that two other officers were wounded.',
        ],
        '2023-05-15',
        'en',
      ),
    ).toEqual([{ from: '2023-05-13', to: '2023-05-13', governorate: 'Basra', killed: 5, wounded: 2 }]);
  });
});

describe('those killed in a gunfight are its toll, both sides', () => {
  it('"Two policemen and four gunmen were killed in a gunfight": 6 dead', () => {
    expect(
      ingested(
        'Six killed in Kirkuk gunfight',
        [
          'Two policemen and four gunmen were killed in a gunfight on Thursday in the Hawija district, west of Kirkuk, a police source said.',
        ],
        '2019-02-08',
        'en',
      ),
    ).toEqual([{ from: '2019-02-07', to: '2019-02-07', governorate: 'Kirkuk', killed: 6, wounded: null }]);
  });
});
