// Rules added on the misses left of probe-zp and probe-zq (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-05-12') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published?: string) =>
  run(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('"two" after a noun whose dual and plural are spelled alike counts two', () => {
  it('counts "مدني وعسكريين اثنين" as three', () => {
    expect(
      tolls(
        [
          'قتل مدني وعسكريين اثنين وأصيب أربعة آخرون بانفجار عبوة ناسفة على طريق زراعي في قضاء الزبير بمحافظة البصرة.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 3, wounded: 4 }]);
  });
});

describe('attackers told to be among the dead in a sentence of their own leave the toll told before', () => {
  it('takes "the three gunmen were among the dead" out of the total', () => {
    expect(
      tolls(
        [
          'Seven people were killed when three gunmen stormed a police station in Tikrit on Tuesday, officials said.',
          'The three gunmen were among the dead, a police colonel said.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
  it('takes "وكان الانتحاريان من بين القتلى" out of the total', () => {
    expect(
      tolls(
        [
          'قتل تسعة أشخاص بهجوم انتحاري استهدف سوقاً شعبية في مدينة الفلوجة بمحافظة الأنبار، اليوم الثلاثاء.',
          'وقال مصدر أمني إن الانتحاريين فجرا نفسيهما وسط المتبضعين، وكان منفذا الهجوم من بين القتلى.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 7, wounded: null }]);
  });
});

describe('a wounded person who later died is the first dead of an event that had only wounded', () => {
  it('counts "two of the injured later died" as killed, the rest as wounded', () => {
    expect(
      tolls(
        [
          'A roadside bomb hit a minibus near Baquba on Sunday, injuring seven passengers. Two of the injured later died in hospital, a medical source said.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 2, wounded: 5 }]);
  });
  it('counts "وتوفي أحد الجرحى لاحقاً" as killed', () => {
    expect(
      tolls(
        [
          'أصيب أربعة مدنيين بقصف مدفعي استهدف بلدة كفرنبل بريف إدلب الجنوبي، اليوم الأحد. وتوفي أحد الجرحى لاحقاً في المستشفى.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
});

describe('a name in quotes between a reporting verb and its day opens no quotation', () => {
  const dates = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
    run(paragraphs, lang, published).map((x) => ({ from: x.date.from, to: x.date.to }));
  it('dates "أعلن "الجيش الوطني"، اليوم الخميس، … مساء أمس الأربعاء" on the Wednesday', () => {
    expect(
      dates(
        [
          'أعلن "الجيش الوطني السوري"، اليوم الخميس، مقتل ثلاثة من عناصره بهجوم شنته "قسد" مساء أمس الأربعاء على مواقعه قرب مدينة الباب بريف حلب الشرقي.',
        ],
        'ar',
        '2021-05-13',
      ),
    ).toEqual([{ from: '2021-05-12', to: '2021-05-12' }]);
  });
});

describe('"the killing of", "the wounding of": the count of a casualty noun follows "of"', () => {
  it('counts "blamed for the killing of three shepherds"', () => {
    expect(
      tolls(['Police blamed the militants for the killing of three shepherds near Hawija on Monday.'], 'en'),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('a toll of "the operation" told after a background event is the story’s own event', () => {
  it('gives "injured during the raid" to the raid, not to last month’s killing', () => {
    expect(
      tolls(
        [
          'Iraqi troops killed four militants on Sunday in a raid on a hideout near Tarmiyah, north of Baghdad, the army said.',
          'The militants had been behind the killing of two shepherds in the area last month, the statement said. Two soldiers were wounded during the raid, it added.',
        ],
        'en',
      ),
    ).toEqual([
      { killed: 4, wounded: 2 },
      { killed: 2, wounded: null },
    ]);
  });
  it('gives "وأصيب … خلال العملية" to the operation, not to last month’s killing', () => {
    expect(
      tolls(
        [
          'قتلت قوات سوريا الديمقراطية ثلاثة من عناصر تنظيم داعش، اليوم الأحد، بعملية دهم في بلدة الصور بريف دير الزور الشمالي.',
          'وكانت الخلية قد قتلت راعيين في البلدة الشهر الماضي. وأصيب عنصر من القوة خلال العملية.',
        ],
        'ar',
      ),
    ).toEqual([
      { killed: 3, wounded: 1 },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('a count a source gave earlier gives way to the one told after it', () => {
  it('keeps the later wounded, not the ones "initially" reported', () => {
    expect(
      tolls(
        [
          'The death toll from a bombing at a bus station in Kirkuk on Thursday rose to 11 on Friday, a health official said.',
          'Police had initially said six people were killed and 14 wounded in the blast.',
          '"Eleven people were killed and 25 others were wounded," the official said.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 11, wounded: 25 }]);
  });
});

describe('a statement’s own account of the lead’s raid is the lead’s event, its spot told as a side of a town', () => {
  it('joins "killed three militants in an operation in X" and "raided a hideout about 30 km north of Y, killing three terrorists"', () => {
    const text = [
      'Iraqi troops kill three militants in Babil',
      "Iraq's army said on Monday its forces killed three Islamic State militants in an operation in Jurf al-Sakhar, in northern Babil.",
      'In a statement, the army said that its units raided a hideout about 30 kilometres north of Hilla on Sunday, killing three terrorists.',
    ].join('\n\n');
    const r = ingest(text, { published: '2021-05-11' });
    if (!r.ok) throw new Error(r.error);
    expect(r.draft.incidents.map((x) => ({ from: x.date?.from, killed: x.killed }))).toEqual([
      { from: '2021-05-09', killed: 3 },
    ]);
  });
});
