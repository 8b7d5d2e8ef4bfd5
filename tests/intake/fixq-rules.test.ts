// Rules added on the opened probe-q (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.date.from, x.killed, x.wounded, x.attackersKilled]);

describe('the militants an operation killed, counted again at a sharper spot, are its dead', () => {
  it('keeps one raid, on the day the body gives', () => {
    expect(
      told(
        [
          'أعلنت خلية الإعلام الأمني، اليوم الأحد، قتل ثمانية إرهابيين بعملية نفذتها قوات الجيش العراقي في جبال حمرين بمحافظة ديالى.',
          'وقالت الخلية في بيان إن "قوة من الفرقة الخامسة نفذت مساء يوم الخميس الماضي عملية دهم لمضافة في قرية أبو كرمة، أسفرت عن قتل ثمانية إرهابيين وتدمير مضافتين".',
        ],
        'ar',
        '2019-04-14',
      ),
    ).toEqual([['2019-04-11', 8, null, null]]);
  });
  it('where the dead are named as the armed group the blow was at', () => {
    expect(
      told(
        [
          'Iraqi troops killed eight Islamic State fighters in a raid in the Hamrin mountains, the security media cell said on Sunday.',
          'The cell said in a statement that an army unit stormed a hideout near the village of Abu Karma late on Thursday, killing eight terrorists and destroying two vehicles.',
        ],
        'en',
        '2019-04-14',
      ),
    ).toEqual([['2019-04-11', 8, null, null]]);
  });
});

describe('dead and wounded that add up to the unsplit toll told before are its split', () => {
  it('keeps one incident with the split, in Arabic', () => {
    expect(
      told(
        [
          'قال مصدر في الشرطة، اليوم الخميس، إن تسعة أشخاص سقطوا بين قتيل وجريح بانفجار عبوة ناسفة في قضاء الطارمية.',
          'وأوضح المصدر أن العبوة انفجرت صباح أمس الأربعاء قرب سوق شعبي، ما أسفر عن مقتل ثلاثة مدنيين وإصابة ستة آخرين.',
        ],
        'ar',
        '2020-06-11',
      ),
    ).toEqual([['2020-06-10', 3, 6, null]]);
  });
  it('and in English', () => {
    expect(
      told(
        [
          'Six people were killed or wounded when a roadside bomb went off in Tarmiyah district, police said on Thursday.',
          'The bomb exploded on Wednesday morning near a market, killing two civilians and wounding four, a police officer said.',
        ],
        'en',
        '2020-06-11',
      ),
    ).toEqual([['2020-06-10', 2, 4, null]]);
  });
});

describe("a source's account of the event in a later paragraph, agreeing on every count it gives, is that event", () => {
  it('does not open a second incident for the same dead', () => {
    expect(
      told(
        [
          'قتل تسعة جنود وأصيب 14 آخرون بهجوم استهدف رتلاً عسكرياً على طريق دير الزور – الميادين مساء أمس الجمعة.',
          'وذكر مصدر ميداني أن "مسلحين فجروا عبوة بالرتل ثم أطلقوا النار على عناصره قرب قرية البوليل، ما أدى إلى مقتل تسعة جنود".',
        ],
        'ar',
        '2021-05-22',
      ),
    ).toEqual([['2021-05-21', 9, 14, null]]);
  });
});

describe("a source's account of the event in a later paragraph, in English", () => {
  it('does not open a second incident for the same dead', () => {
    expect(
      told(
        [
          'Nine soldiers were killed and 14 wounded when their convoy was attacked on the road between Deir ez-Zor and Mayadin late on Friday.',
          'A field source said militants detonated a bomb under the convoy and then opened fire near the village of Buleil, killing nine soldiers.',
        ],
        'en',
        '2021-05-22',
      ),
    ).toEqual([['2021-05-21', 9, 14, null]]);
  });
});

describe('a claim of "the attack" is of the event just told, whatever day the claim was made', () => {
  it('takes no other day from the statement', () => {
    expect(
      extracted(
        [
          'قتل أربعة عناصر من الشرطة بهجوم مسلح على نقطة تفتيش في قضاء الحويجة مساء أمس الاثنين.',
          'وتبنى تنظيم داعش الهجوم في بيان نشره على مواقع التواصل صباح اليوم.',
        ],
        'ar',
        '2018-02-13',
      ).map((x) => [x.date.from, x.killed, x.actors]),
    ).toEqual([['2018-02-12', 4, ['isis']]]);
  });
  it('in English too', () => {
    expect(
      extracted(
        [
          'Gunmen killed three policemen at a checkpoint near Hawija late on Monday, police said.',
          'Islamic State claimed the attack in a statement posted online on Tuesday.',
        ],
        'en',
        '2018-02-13',
      ).map((x) => [x.date.from, x.killed, x.actors]),
    ).toEqual([['2018-02-12', 3, ['isis']]]);
  });
});

describe('a day after "أن" / "that" lies inside what is reported: the event\'s own', () => {
  it('dates the event by it, not by a background shelling told after', () => {
    expect(
      told(
        [
          'قتل مدنيان وأصيب ثالث بقصف مدفعي على قرية في ريف بلدة عين عيسى شمال الرقة.',
          'وذكر مصدر محلي أن القوات التركية قصفت صباح اليوم منازل المدنيين في القرية.',
          'وكانت القوات التركية قد قصفت الأسبوع الماضي قرى مجاورة دون وقوع إصابات.',
        ],
        'ar',
        '2020-11-04',
      )[0],
    ).toEqual(['2020-11-04', 2, 1, null]);
  });
});

describe('"ارتفع إلى N عدد الذين قتلوا": the figure told before the toll it counts', () => {
  it('takes the risen figure, not the two who died of their wounds', () => {
    expect(
      told(
        [
          'ارتفع إلى ثمانية عدد الأشخاص الذين قتلوا جراء انفجار دراجة مفخخة في مدينة الباب بريف حلب الشمالي، يوم أمس السبت، بعد وفاة ثلاثة من الجرحى متأثرين بجراحهم.',
        ],
        'ar',
        '2021-04-11',
      ),
    ).toEqual([['2021-04-10', 8, null, null]]);
  });
  it('reads the wounded where the toll names only them', () => {
    expect(
      told(
        ['ارتفعت إلى 23 حصيلة المصابين بانفجار سيارة مفخخة في مدينة الباب بريف حلب، يوم أمس السبت.'],
        'ar',
        '2021-04-11',
      ),
    ).toEqual([['2021-04-10', null, 23, null]]);
  });
});

describe('"the strikes hit…" points back at the event told only in a country, and places it', () => {
  const placed = (paragraphs: string[], lang: 'ar' | 'en') =>
    extracted(paragraphs, lang, '2019-07-25').map((x) => [x.place.governorate?.en, x.killed, x.wounded]);
  it('in English', () => {
    expect(
      placed(
        [
          'Government airstrikes on a rebel-held town in northwestern Syria killed at least six civilians on Thursday, activists said.',
          'Rescuers said the strikes hit a market in the town of Maarat al-Numan in southern Idlib province, wounding 15 people.',
        ],
        'en',
      ),
    ).toEqual([['Idlib', 6, 15]]);
  });
  it('in Arabic', () => {
    expect(
      placed(
        [
          'قتل أربعة مدنيين بغارات جوية على بلدة في شمال غرب سوريا مساء أمس الأربعاء.',
          'وقال الدفاع المدني إن الغارة طالت سوقاً شعبياً في مدينة معرة النعمان بريف إدلب الجنوبي وأسفرت عن إصابة تسعة أشخاص.',
        ],
        'ar',
      ),
    ).toEqual([['Idlib', 4, 9]]);
  });
  it('in Arabic, the verb first', () => {
    expect(
      placed(
        [
          'قتل ثلاثة مدنيين بقصف صاروخي على بلدة في شمال غرب سوريا مساء أمس الأربعاء.',
          'وأسفر القصف الذي تركز على الأحياء السكنية في مدينة جسر الشغور بريف إدلب الغربي عن إصابة سبعة أشخاص، بحسب الدفاع المدني.',
        ],
        'ar',
      ),
    ).toEqual([['Idlib', 3, 7]]);
  });
  it("not where it gives another count of the dead: one of the places the lead's total sums", () => {
    expect(
      placed(
        [
          'Government shelling on rebel-held towns in northwestern Syria killed seven civilians on Friday, activists said.',
          'Rescuers said the shelling hit a home in the town of Kafranbel in Idlib province, killing four members of one family.',
        ],
        'en',
      ),
    ).toEqual([
      [undefined, 7, null],
      ['Idlib', 4, null],
    ]);
  });
});
describe('"the second strike of its kind this month" ranks the event, it sums no toll', () => {
  it('keeps the earlier strike, on the narrower date inside the month', () => {
    expect(
      extracted(
        [
          'قتل مدنيان بقصف مدفعي على قرية في ناحية زمار شمال غربي الموصل صباح اليوم الأحد.',
          'وهذا هو القصف الثالث من نوعه على الناحية خلال الشهر الجاري، إذ أصيب خمسة رعاة بقصف مماثل على أطراف ناحية زمار مطلع هذا الشهر.',
        ],
        'ar',
        '2020-06-21',
      ).map((x) => [x.date.from, x.date.to, x.killed, x.wounded]),
    ).toEqual([
      ['2020-06-21', '2020-06-21', 2, null],
      ['2020-06-01', '2020-06-10', null, 5],
    ]);
  });
  it('a rank with no toll only remarks on the event told', () => {
    expect(
      told(
        [
          'قتل جنديان وأصيب ثالث بانفجار عبوة ناسفة استهدفت دورية للجيش قرب قضاء طوزخورماتو صباح اليوم الاثنين.',
          'ويعد الانفجار الرابع من نوعه الذي يستهدف دوريات الجيش في ناحية سليمان بيك منذ مطلع الشهر الجاري.',
        ],
        'ar',
        '2020-06-22',
      ),
    ).toEqual([['2020-06-22', 2, 1, null]]);
  });
});

describe('what a side says it does in general is no event ("تقول إنها تستهدف")', () => {
  const actors = (paragraphs: string[], lang: 'ar' | 'en') =>
    extracted(paragraphs, lang, '2021-06-05').map((x) => [x.killed, x.actors]);
  it('in Arabic', () => {
    expect(
      actors(
        [
          'قتل شخصان بغارة لطائرة مسيرة تركية استهدفت سيارة قرب مخمور جنوب غربي أربيل صباح اليوم السبت.',
          'ولم تعلق أنقرة على الغارة، لكنها تقول إنها تستهدف عناصر حزب العمال الكردستاني في المنطقة.',
        ],
        'ar',
      ),
    ).toEqual([[2, ['turkey']]]);
  });
});
