// Rules from the fxnodraft43 round (issue 12, single events that opened no draft): a blow placed only
// at "the town", bare, is placed at the article's town; "خلال الساعات الماضية" with no count of hours
// dates a lead to the news' day and the night before. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/intake/dates/dates.js';
import { atTheBareTown } from '../../src/intake/places/bare-town.js';
import { matchView } from '../../src/intake/reading/view.js';
import { ingested } from '../support/tolls.js';

describe('"on the town", "للبلدة": the town the article is about, named back bare', () => {
  it('reads the bare town as pointing back, not a town of another name', () => {
    const bare = (s: string) => atTheBareTown(matchView(s).text);
    expect(bare('Artillery shells fell on the town overnight, wounding four.')).toBe(true);
    expect(bare('أصيب راعيان بانفجار قذيفة عند المدخل الجنوبي للبلدة.')).toBe(true);
    expect(bare('Gunmen attacked a checkpoint in the town of Hit.')).toBe(false);
    expect(bare('قتل مزارع في بلدة الحويجة.')).toBe(false);
  });

  it('places a toll told at "the town" in the governorate the lead placed, in English', () => {
    expect(
      ingested(
        'Rebels say they held off an assault',
        [
          'BEIRUT (AP) — Rebels in the town of Nabk in the Qalamoun mountains north of Damascus said Wednesday they had pushed back a government assault.',
          'Government artillery fired dozens of shells on the town on Tuesday, killing two women, activists said.',
        ],
        '2014-03-05',
        'en',
      ),
    ).toContainEqual({
      from: '2014-03-04',
      to: '2014-03-04',
      governorate: 'Rif Dimashq',
      killed: 2,
      wounded: null,
    });
  });

  it('does so in Arabic', () => {
    expect(
      ingested(
        'مداهمات في بلدة التل',
        [
          'داهمت دوريات أمنية منازل في بلدة التل بريف دمشق، أمس الأحد، واعتقلت ستة شبان.',
          'كما أصيب ثلاثة أطفال بانفجار قنبلة عنقودية في بستان قرب المدخل الشمالي للبلدة، يوم الجمعة الماضي.',
        ],
        '2018-02-05',
      ),
    ).toContainEqual({
      from: '2018-02-02',
      to: '2018-02-02',
      governorate: 'Rif Dimashq',
      killed: null,
      wounded: 3,
    });
  });
});

describe('"خلال الساعات الماضية", "over the past few hours": the news\' day and the night before', () => {
  const ctx = { published: '2019-06-12', anchor: null };
  const days = (s: string) => findDates(matchView(s), ctx).map((d) => [d.date.from, d.date.to]);
  it('dates the recent hours with no count of them, told of a toll', () => {
    expect(days('قتل تسعة أشخاص خلال الساعات الماضية بقصف على ريف إدلب.')).toEqual([
      ['2019-06-11', '2019-06-12'],
    ]);
    expect(days('Nine people were killed over the past few hours in shelling.')).toEqual([
      ['2019-06-11', '2019-06-12'],
    ]);
  });

  it('leaves a roundup lead of what a province "witnessed" in those hours to its items', () => {
    expect(days('شهدت محافظة ديالى خلال الساعات الماضية حوادث أمنية أسفرت عن مقتل ثلاثة.')).toEqual([]);
  });

  it('gives a lead dated so that day, not the month a battle it goes on about began', () => {
    expect(
      ingested(
        'قتلى في قصف على ريف إدلب',
        [
          'قُتل 11 مدنياً خلال الساعات الماضية بقصف جوي على مدينة خان شيخون في ريف إدلب الجنوبي، حيث تتواصل الحملة التي بدأتها قوات النظام مطلع أيار الماضي.',
        ],
        '2019-06-12',
      ),
    ).toEqual([{ from: '2019-06-11', to: '2019-06-12', governorate: 'Idlib', killed: 11, wounded: null }]);
  });
});

describe("a lead's undated blow, told again with the same dead by the same doer and its day", () => {
  it('takes the day the retelling gives, and a night attack told after stays another event', () => {
    expect(
      ingested(
        'غارات للتحالف في الموصل',
        [
          'أفاد مصدر محلي في محافظة نينوى، يوم الخميس، بأن عناصر داعش فجروا منزلين لعائلة شرطي في الموصل، فيما قتل خمسة من عناصر التنظيم بغارة جوية لطيران التحالف الدولي.',
          'وقال المصدر، إن "عناصر داعش فجروا، ظهر أمس الأربعاء، منزلين في حي الزهور".',
          'وأضاف أن "طائرات التحالف الدولي قصفت، فجر اليوم، مخزناً للأسلحة تابعاً للتنظيم في حي الصحة، ما أسفر عن مقتل خمسة من عناصره".',
          'وفي قضاء تلعفر، قال مصدر أمني إن "عناصر داعش هاجموا، ليلة الاثنين على الثلاثاء، مواقع للجيش"، مشيراً إلى أن "الهجوم أسفر عن مقتل وجرح ستة جنود".',
        ],
        '2016-03-10',
      ).filter((x) => x.killed === 5),
    ).toEqual([{ from: '2016-03-10', to: '2016-03-10', governorate: 'Nineveh', killed: 5, wounded: null }]);
  });
});

describe('"، في حين ألقى الطيران …": a blow of its own after "while"', () => {
  it('opens another incident with its own night and toll, not more of the shooting before it', () => {
    expect(
      ingested(
        'خروقات في ريف دمشق',
        [
          'تصاعدت الاشتباكات في مدينة دوما بريف دمشق، إذ قُتل رجل برصاص قناص صباح أمس الأحد عند الأطراف الشرقية للمدينة، في حين ألقى الطيران المروحي ليلة الأحد على الاثنين براميل متفجرة على بلدة حرستا المجاورة، ما أسفر عن مقتل أربعة مقاتلين.',
        ],
        '2016-04-04',
      ),
    ).toEqual([
      { from: '2016-04-03', to: '2016-04-03', governorate: 'Rif Dimashq', killed: 1, wounded: null },
      { from: '2016-04-03', to: '2016-04-04', governorate: 'Rif Dimashq', killed: 4, wounded: null },
    ]);
  });
});
