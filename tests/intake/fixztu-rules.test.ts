// Rules added on the misses of probe-zt and probe-zu (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2022-03-14') =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published?: string) =>
  run(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('each item of a list of weapons seized was seized, none went off', () => {
  it('reads "ضبطت حزامين ناسفين و9 عبوات ناسفة معدة للتفجير" as no blast', () => {
    expect(
      tolls(
        [
          'قتل شرطي وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت دورية في قضاء الطارمية شمالي بغداد، صباح اليوم الاثنين.',
          'وفي محافظة ديالى، ضبطت قوة أمنية حزامين ناسفين و9 عبوات ناسفة معدة للتفجير داخل بستان قرب ناحية العظيم.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
  it('reads "defused two rockets and a roadside bomb" as no blast', () => {
    expect(
      tolls(
        [
          'A roadside bomb killed a policeman and wounded two others in Tarmiyah, north of Baghdad, on Monday morning.',
          'In Diyala province, army engineers defused two rockets and a roadside bomb planted on a farm road near Udhaim.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
});

describe('casualties told beside what an operation seized are the operation’s', () => {
  it('keeps "وأضاف أن القوة ضبطت أسلحة، مشيرا إلى إصابة جندي" in the raid', () => {
    expect(
      tolls(
        [
          'أعلنت قيادة العمليات المشتركة مقتل خمسة إرهابيين خلال عملية إنزال جوي نفذتها قوة أمنية فجر أمس الأحد في وادي حوران بمحافظة الأنبار.',
          'وأضافت القيادة أن "القوة ضبطت أسلحة خفيفة وكميات من الأعتدة"، مشيرة إلى "إصابة أحد المقاتلين بجروح طفيفة".',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 5, wounded: 1 }]);
  });
  it('keeps "the force arrested two suspects …, and one soldier was lightly wounded" in the raid', () => {
    expect(
      tolls(
        [
          'Iraqi special forces killed five militants in an air-landing raid on a hideout in the Horan valley in Anbar province at dawn on Sunday, the military said.',
          'The force arrested two suspects and found rifles and ammunition, and one soldier was lightly wounded, the statement added.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 5, wounded: 1 }]);
  });
});

describe('"هو الآخر" (he too) is one more victim of the event told, not another event', () => {
  it('adds "أن مدنياً كان يمر قرب المقر أصيب هو الآخر" to the attack on the headquarters', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة من عناصر الحشد الشعبي وأصيب اثنان آخران بهجوم شنه مسلحون على مقر للحشد في قضاء طوزخورماتو بمحافظة صلاح الدين، فجر اليوم الاثنين.',
          'وأضاف المصدر أن مدنياً كان يمر قرب المقر أصيب هو الآخر بجروح.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 3, wounded: 3 }]);
  });
});

describe('one person after "أن", told by what he was doing however long, is the one hit', () => {
  it('counts "بأن سائق صهريج كان متوقفاً عند محطة الوقود القريبة أصيب" as one wounded', () => {
    expect(
      tolls(
        [
          'انفجرت عبوة ناسفة قرب محطة للوقود في قضاء بيجي بمحافظة صلاح الدين مساء أمس الأحد.',
          'وأفاد مصدر أمني بأن سائق صهريج كان متوقفاً عند محطة الوقود القريبة من الطريق أصيب بجروح خطيرة.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: null, wounded: 1 }]);
  });
});

describe('a first toll that counted the attackers gives way to the victims told beside them', () => {
  it('keeps 10 of "قتل 13" then "عشرة مدنيين قتلوا إضافة إلى الانتحاريين الثلاثة"', () => {
    expect(
      tolls(
        [
          'قتل 13 شخصاً بتفجير انتحاري استهدف سوقاً شعبية في قضاء تلعفر غربي الموصل، صباح اليوم الاثنين.',
          'وقال مصدر أمني إن عشرة مدنيين قتلوا إضافة إلى الانتحاريين الثلاثة، فيما أصيب 25 آخرون.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 10, wounded: 25 }]);
  });
  it('keeps 12 of "Fourteen were killed" then "Twelve … were killed along with the two attackers"', () => {
    expect(
      tolls(
        [
          'Fourteen people were killed in a double suicide bombing at a crowded market in Tal Afar, west of Mosul, on Monday morning, police said.',
          'Twelve shoppers and vendors were killed along with the two attackers, and about 25 were wounded.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 12, wounded: 25 }]);
  });
});
