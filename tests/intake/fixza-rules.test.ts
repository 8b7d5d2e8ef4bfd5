// Rules added on the opened probe-za (issue 12), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { draftedIncidents, extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-04-05') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en') =>
  run(paragraphs, lang).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('to assassinate is to kill', () => {
  it('counts "gunmen assassinated a tribal sheikh" as one killed', () => {
    expect(
      tolls(['Gunmen in Baquba assassinated a tribal sheikh outside his farm on Sunday.'], 'en'),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('a clause whose subject is the attackers told before is more of their attack', () => {
  it('keeps "The gunmen broke into the house … in the village of X" in the killing told in the lead', () => {
    const article = [
      'Shepherd and brother killed by suspected IS gunmen in Salahuddin',
      'Suspected Islamic State gunmen killed a shepherd and his brother late on Saturday near a village in the Tuz Khurmatu district of Salahuddin province, police said on Sunday.',
      'The gunmen broke into the house of the shepherd, Ali Hamad, in the village of Umm Khanaziri shortly before midnight, shooting him and his 30-year-old brother dead and wounding two cousins. One of the wounded, a teenager, later died in hospital.',
    ].join('\n\n');
    const result = ingest(article, { published: '2021-04-05' });
    expect(result.ok && result.draft.incidents.map((x) => [x.killed, x.wounded])).toEqual([[3, 1]]);
  });
});

const drafted = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) => [x.killed, x.wounded]);

describe('one person told wounded and dead of those wounds in the same clause is killed', () => {
  it('counts "وإصابة سائقه بجروح … حيث فارق الحياة متأثراً بجراحه" after a killing as one more dead', () => {
    expect(
      drafted(
        [
          'مقتل موظف وسائقه بهجوم في بعقوبة',
          'أطلق مسلحون مجهولون النار على سيارة موظف في دائرة الزراعة عند مدخل مدينة بعقوبة مساء أمس الاثنين.',
          'وقال مصدر في الشرطة إن الهجوم أسفر عن مقتل الموظف على الفور، وإصابة سائقه بجروح خطيرة نقل على إثرها إلى مستشفى بعقوبة العام حيث فارق الحياة فجر اليوم متأثراً بجراحه.',
        ],
        '2021-04-06',
      ),
    ).toEqual([[2, null]]);
  });
});

describe('"كما" with someone hit at the scene is more of the event just told', () => {
  it('adds "كما أصيب رجل كان يمر بالمكان" to the wounded of the shooting', () => {
    expect(
      drafted(
        [
          'مقتل موظف بهجوم في بعقوبة',
          'أطلق مسلحون مجهولون النار على سيارة موظف في دائرة الزراعة عند مدخل مدينة بعقوبة مساء أمس الاثنين، ما أدى إلى مقتله وإصابة سائقه بجروح.',
          'كما أصيب رجل كان يمر بالمكان برصاصة في ساقه.',
        ],
        '2021-04-06',
      ),
    ).toEqual([[1, 2]]);
  });
});

describe('a lead total may give the high end of a range the items tell', () => {
  it('drops "killed at least seven in two days" over items of four and "between two and three"', () => {
    const result = ingest(
      [
        'Government air strikes kill at least 7 in Aleppo, Idlib',
        'Syrian government air strikes on rebel-held areas in the north-west killed at least seven people in two days, including three women, activists said on Wednesday.',
        'Rescue workers said warplanes hit a house in the town of Atarib in western Aleppo province on Monday, killing four members of one family.',
        'On Tuesday, an air strike on a market in the Idlib province town of Saraqib killed between two and three people and wounded eight, the Observatory said.',
      ].join('\n\n'),
      { published: '2019-03-13' },
    );
    expect(result.ok && result.draft.incidents.map((x) => [x.killed, x.actors.map((a) => a.en)])).toEqual([
      [4, ['the Syrian army']],
      [{ low: 2, high: 3 }, ['the Syrian army']],
    ]);
  });
});

describe('a toll update counts both sides as they now stand', () => {
  it('takes "the death toll had risen to six … and that 19 wounded were being treated" over "more than a dozen"', () => {
    expect(
      drafted(
        [
          'Toll from Fallujah car bomb rises to six',
          'A car bomb exploded near a checkpoint at the entrance of Fallujah on Tuesday morning, killing at least four people, police said.',
          'A police source said more than a dozen people were wounded in the explosion, which struck as traffic queued.',
          'Later, a doctor at Fallujah hospital told Reuters the death toll had risen to six, including a child, and that 19 wounded were being treated, two of them in serious condition.',
        ],
        '2018-05-09',
      ),
    ).toEqual([[6, 19]]);
  });
});

describe('"a second drone strike" is the next of a series, by the hand of the first', () => {
  it('lends Turkey to "On Sunday, a second drone strike hit …" that names no doer', () => {
    const result = ingest(
      [
        'Turkish drones hit Duhok and Erbil',
        "Two members of the Kurdistan Workers' Party were killed on Friday when a Turkish drone struck their vehicle near Zakho in Duhok province, officials said.",
        "On Sunday, a second drone strike hit a farm near the town of Sidakan in Erbil province's Soran district, wounding two farmers, the town's mayor said.",
      ].join('\n\n'),
      { published: '2023-08-15' },
    );
    expect(result.ok && result.draft.incidents.map((x) => x.actors.map((a) => a.en))).toEqual([
      ['Turkey'],
      ['Turkey'],
    ]);
  });
});
