// Rules added on the opened probe-zi (issue 12): when a clause tells the event just told again, each
// on an example written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2023-04-15') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en') =>
  run(paragraphs, lang).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('the event named again with an aside after its name', () => {
  it('keeps "The operation, backed by …, targeted tunnels near Tikrit" in the raid west of Samarra', () => {
    expect(
      tolls(
        [
          'The Counter-Terrorism Service killed four Islamic State militants in an operation on a hideout in the desert west of Samarra on Friday, the army said.',
          'The operation, backed by Iraqi air force jets, targeted tunnels near the town of Tikrit, the statement said. One soldier was wounded in the fighting.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 4, wounded: 1 }]);
  });
  it('keeps "العملية، التي ساندتها مروحيات الجيش، استهدفت أنفاقاً قرب تكريت" in the raid west of Samarra', () => {
    expect(
      tolls(
        [
          'قتل جهاز مكافحة الإرهاب أربعة من مسلحي داعش في عملية على وكر في صحراء غرب سامراء يوم الجمعة، بحسب بيان للجيش.',
          'العملية، التي ساندتها مروحيات الجيش، استهدفت أنفاقاً قرب مدينة تكريت، وفق البيان. وأصيب جندي خلال الاشتباك.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 4, wounded: 1 }]);
  });
});

describe('a force the retelling of an event adds beside its doer', () => {
  it('leaves the air force that backed the operation out of its doers', () => {
    const [raid] = run(
      [
        'The Counter-Terrorism Service killed four Islamic State militants in an operation on a hideout in the desert west of Samarra on Friday, the army said.',
        'The operation, backed by Iraqi air force jets, targeted tunnels near the town of Tikrit, the statement said.',
      ],
      'en',
    );
    expect(raid?.actors).toEqual(['cts']);
  });
});

describe("a source's account of the first of two events a lead tells in one sentence", () => {
  const dated = (paragraphs: string[], lang: 'ar' | 'en') =>
    run(paragraphs, lang, '2023-04-17').map((x) => ({
      from: x.date.from,
      killed: x.killed,
      wounded: x.wounded,
    }));
  it('dates the landmine by its own account, not by the day the lead was reported', () => {
    expect(
      dated(
        [
          'أفاد مصدر أمني في محافظة كركوك، اليوم الاثنين، بمقتل مدني وإصابة شقيقه بانفجار لغم أرضي، فيما أصيب جنديان بهجوم لمسلحين مجهولين، في حادثين منفصلين جنوب غربي المحافظة.',
          'وقال المصدر إن "لغماً أرضياً انفجر عصر أمس الأحد في قرية تابعة لناحية الرشاد، ما أسفر عن مقتل المدني وإصابة شقيقه".',
          'وأضاف أن "مسلحين مجهولين هاجموا فجر اليوم نقطة للجيش قرب ناحية الرياض، ما أدى إلى إصابة جنديين".',
        ],
        'ar',
      ),
    ).toEqual([
      { from: '2023-04-16', killed: 1, wounded: 1 },
      { from: '2023-04-17', killed: null, wounded: 2 },
    ]);
  });
});
