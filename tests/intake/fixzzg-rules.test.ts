// Rules added on the misses of probe-zzg (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { draftedIncidents, extracted } from '../support/tolls.js';

/** Each drafted incident's governorate, dead and wounded. */
const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => ({
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));
/** Each incident of the whole draft (title and body), as `told` gives it. */
const drafted = (title: string, paragraphs: string[], published: string) =>
  draftedIncidents([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), published).map((x) => ({
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('an earlier attack placed "in the same mountain range": where the one before was', () => {
  it('keeps the earlier attack as an incident of its own, in that governorate, when the lead names no place', () => {
    expect(
      told(
        [
          "Iraq's military said on Monday its jets had again hit Islamic State hideouts.",
          'The strikes in the Makhoul mountains of Salahuddin province on Sunday killed six militants, the statement said.',
          'Earlier this month, militants attacked an army post in the same mountain range, killing two soldiers and wounding another.',
        ],
        'en',
        '2021-05-18',
      ),
    ).toEqual([
      { governorate: 'Salahuddin', killed: 6, wounded: null },
      { governorate: 'Salahuddin', killed: 2, wounded: 1 },
    ]);
  });
});

describe('one of the wounded, named again by the noun the story gave him, dead of his wounds', () => {
  it('"أن الابن فارق الحياة … متأثراً بجراحه" after "قتل رجل وأصيب ولداه": two dead, one wounded', () => {
    expect(
      told(
        [
          'قتل رجل وأصيب ولداه بجروح بهجوم مسلح على منزلهم في قضاء المقدادية شمال شرقي بعقوبة مساء أمس.',
          'وأضاف المصدر أن الابن فارق الحياة صباح اليوم في مستشفى المقدادية العام متأثراً بجراحه.',
        ],
        'ar',
        '2020-02-11',
      ),
    ).toEqual([{ governorate: 'Diyala', killed: 2, wounded: 1 }]);
  });

  it('"وتوفي الحارس بعد ساعات متأثراً بجروحه", the verb first', () => {
    expect(
      told(
        [
          'أصيب موظف في دائرة الكهرباء وحارسه بجروح بإطلاق نار على سيارتهما في مدينة الكوت مساء أمس.',
          'وتوفي الحارس بعد ساعات متأثراً بجروحه.',
        ],
        'ar',
        '2020-02-11',
      ),
    ).toEqual([{ governorate: 'Wasit', killed: 1, wounded: 1 }]);
  });

  it('"his brother later died of his wounds in hospital"', () => {
    expect(
      told(
        [
          'Gunmen shot dead a local official and wounded his brother and his driver in the city of Kut on Monday, police said.',
          'His brother later died of his wounds in hospital, a medical source said.',
        ],
        'en',
        '2020-02-11',
      ),
    ).toEqual([{ governorate: 'Wasit', killed: 2, wounded: 1 }]);
  });

  it('"فيما توفي الآخر متأثراً بجراحه": the other of a pair told, no more dead', () => {
    expect(
      told(
        [
          'قتل شخصان بانفجار عبوة ناسفة في سوق بمدينة بعقوبة صباح اليوم.',
          'وقال مصدر إن أحدهما قتل على الفور، فيما توفي الآخر متأثراً بجراحه في المستشفى.',
        ],
        'ar',
        '2020-02-11',
      ),
    ).toEqual([{ governorate: 'Diyala', killed: 2, wounded: null }]);
  });
});

describe('the device told again as where it had been laid is the blast just told', () => {
  it('"The bomb had been planted … about 40 km west of Mosul": one incident, near Tal Afar', () => {
    expect(
      told(
        [
          'A roadside bomb hit a minibus carrying labourers near the town of Tal Afar in Nineveh province on Friday, killing two and wounding one, police said.',
          'The bomb had been planted on a dirt road about 40 km west of Mosul, a police officer said.',
        ],
        'en',
        '2019-04-13',
      ),
    ).toEqual([{ governorate: 'Nineveh', killed: 2, wounded: 1 }]);
  });

  it('"وكانت العبوة الناسفة مزروعة على طريق … جنوبي بعقوبة": one incident', () => {
    expect(
      told(
        [
          'قتل مزارع وأصيب ابنه بانفجار عبوة ناسفة قرب ناحية العظيم في محافظة ديالى صباح اليوم.',
          'وأوضح المصدر أن العبوة الناسفة كانت مزروعة على جانب طريق زراعي على بعد 30 كم شمال بعقوبة.',
        ],
        'ar',
        '2019-04-13',
      ),
    ).toEqual([{ governorate: 'Diyala', killed: 1, wounded: 1 }]);
  });
});

describe('"ويأتي الهجوم قبل أيام من…", "ويأتي القصف رغم…": the background of the news', () => {
  it('drafts no second incident from "ويأتي التفجير قبل أيام من"', () => {
    expect(
      told(
        [
          'قتل ثلاثة أشخاص وأصيب سبعة بانفجار سيارة مفخخة قرب سوق شعبي في مدينة الحلة مساء أمس.',
          'ويأتي التفجير قبل أيام من بدء الزيارة الأربعينية في مدينة كربلاء المجاورة.',
        ],
        'ar',
        '2016-11-10',
      ),
    ).toEqual([{ governorate: 'Babil', killed: 3, wounded: 7 }]);
  });

  it('drafts no second incident from "ويأتي القصف رغم"', () => {
    expect(
      told(
        [
          'قتل مدنيان بقصف مدفعي لقوات النظام على بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم.',
          'ويأتي القصف رغم اتفاق وقف إطلاق النار الذي دخل حيز التنفيذ قبل أيام.',
        ],
        'ar',
        '2020-03-10',
      ),
    ).toEqual([{ governorate: 'Idlib', killed: 2, wounded: null }]);
  });
});

describe('"علي" before a town name is the given name Ali, not "على" (on)', () => {
  it('does not place a policeman called "علي جاسم" in Jasim, Daraa', () => {
    expect(
      drafted(
        'استشهاد منتسب وإصابة آخر بهجوم في الناصرية',
        [
          'استشهد منتسب في الشرطة وأصيب آخر بهجوم مسلح على نقطة تفتيش في مدينة الناصرية مساء أمس.',
          'وذكر مصدر أن المهاجمين أطلقوا النار على النقطة، ما أدى إلى استشهاد المنتسب وإصابة المنتسب علي جاسم بجروح.',
        ],
        '2022-05-04',
      ).map((x) => x.governorate),
    ).toEqual(['Dhi Qar']);
  });

  it('still reads "على جاسم" (on Jasim) as the town', () => {
    expect(resolvePlace('سقطت قذيفتان على جاسم', 'ar')?.governorate?.en).toBe('Daraa');
    expect(resolvePlace('وأصيب المنتسب علي جاسم بجروح', 'ar')).toBeNull();
  });
});

describe('the gang that opened fire: its men killed are its attackers', () => {
  it('counts "قتل اثنين من أفراد العصابة" as two attackers killed, no victims', () => {
    expect(
      analyseClause(
        'وأضاف أن القوة ردت على مصادر النيران وتمكنت من قتل اثنين من أفراد العصابة',
        'ar',
        '2022-05-04',
        null,
        resolvePlace,
      ).casualties,
    ).toMatchObject({ killed: null, attackersKilled: 2 });
  });
});

describe('"استشهاد الشرطي": the martyr named by his force is hit, not its doer', () => {
  it('gives the police as no doer of "ما أدى إلى استشهاد الشرطي"', () => {
    const [x] = extracted(
      ['انفجرت عبوة ناسفة بدورية للشرطة في قضاء الزبير غربي البصرة مساء أمس، ما أدى إلى استشهاد الشرطي.'],
      'ar',
      '2022-05-04',
    );
    expect({ killed: x?.killed, actors: x?.actors }).toEqual({ killed: 1, actors: [] });
  });
});
