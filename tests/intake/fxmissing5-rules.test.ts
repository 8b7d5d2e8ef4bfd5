// Rules added for the gold incidents the drafts missed on probes s34f–s35d (issue 12), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const rows = (paragraphs: string[], lang: 'ar' | 'en', published = '2016-04-12') =>
  extracted(paragraphs, lang, published).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
    type: x.event.type,
  }));

describe("a force's blow told with an uncounted toll is an event of its own (force-uncounted-blow.ts)", () => {
  it('"قضت وحدة أخرى على عدد من المسلحين" with its place', () => {
    expect(
      rows(
        ['وأوضح المصدر أن وحدة أخرى من الجيش قضت على عدد من المسلحين قرب بلدة سراقب بريف إدلب اليوم.'],
        'ar',
      ),
    ).toEqual([{ killed: null, wounded: null, type: 'battles' }]);
  });
  it('"أوقعت وحدات من الجيش … أعداداً كبيرة منهم" with the force after the verb', () => {
    expect(
      rows(
        [
          'أوقعت وحدات من الجيش اليوم أعداداً كبيرة من المسلحين قتلى ومصابين في عمليات على تجمعاتهم قرب مدينة تدمر.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: null, wounded: null, type: 'battles' }]);
  });
  it('keeps "، وأوقعت عدداً من القتلى" with the blow before it, not the shelling of the town', () => {
    expect(
      rows(
        [
          'أصيب ثلاثة مدنيين صباح اليوم جراء سقوط قذيفة هاون على حي في مدينة حماة.',
          'وفي المقابل قصفت وحدات من الجيش بالمدفعية مواقع المسلحين في بلدة اللطامنة، وأوقعت عدداً من القتلى في صفوفهم.',
        ],
        'ar',
      ),
    ).toEqual([
      { killed: null, wounded: 3, type: 'explosions_remote_violence' },
      { killed: null, wounded: null, type: 'explosions_remote_violence' },
    ]);
  });
});

describe('a denial that tells the fight took place all the same leaves the event (denial-tells-otherwise.ts)', () => {
  it('keeps the ambush after "ونفى معارضون هذه الرواية، وقالوا إن الاشتباكات دارت بين …"', () => {
    expect(
      rows(
        [
          'قال التلفزيون الرسمي إن مسلحين نصبوا مساء أمس كميناً لدورية للشرطة قرب بلدة سلقين بريف إدلب، ما أدى إلى مقتل 12 عنصراً. ونفى معارضون هذه الرواية، وقالوا إن الاشتباكات دارت بين عناصر الشرطة ومنشقين عنها.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 12, wounded: null, type: 'battles' }]);
  });
});

describe('a deed refused names no kind of the event (refused-deed.ts)', () => {
  it('"جنود رفضوا إطلاق النار على المحتجين" leaves a clash, not force on protesters', () => {
    expect(
      rows(
        ['قتل خمسة من عناصر الأمن اليوم في اشتباكات مع جنود رفضوا إطلاق النار على المحتجين في مدينة حمص.'],
        'ar',
      ).map((x) => x.type),
    ).toEqual(['battles']);
  });
});

describe('an unsplit toll by a blow of another kind at a town of its own is another event (unsplit-other-blow.ts)', () => {
  it('reads "، وقتل وجرح 5 عناصر جراء انفجار عبوة … قرب مدينة سلقين" apart from the shooting before it', () => {
    expect(
      rows(
        [
          'وقتل مواطن برصاص مسلحين مجهولين مساء أمس في ريف إدلب، وقتل وجرح 5 عناصر من الفصائل جراء انفجار عبوة ناسفة استهدفت سيارتهم قرب مدينة سلقين.',
        ],
        'ar',
      ),
    ).toEqual([
      { killed: 1, wounded: null, type: 'violence_against_civilians' },
      { killed: null, wounded: null, type: 'explosions_remote_violence' },
    ]);
  });
});
