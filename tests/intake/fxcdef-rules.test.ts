// Rules found on the blind batches c–f (issue 12, fixer fxcdef): an apposition naming who the risen
// dead were, set off by commas before the wounded; an account called false, whose figures are no
// toll of the event.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"ارتفعت إلى خمسة قتلى، هم ثلاثة جنود ومدنيان، و9 جرحى": who the dead were, set off by commas', () => {
  it('reads the wounded of the risen toll past the apposition', () => {
    expect(
      rows(
        'هجوم بسيارة مفخخة في القائم',
        [
          'قُتل اثنان من الجنود وأصيب أربعة آخرون بجروح صباح اليوم الأحد في هجوم بسيارة مفخخة على نقطة تفتيش في قضاء القائم بمحافظة الأنبار، بحسب حصيلة أولية.',
          'وفي وقت لاحق، قال مصدر إن حصيلة الهجوم ارتفعت إلى خمسة قتلى، هم ثلاثة جنود ومدنيان، و9 جرحى نقلوا إلى المستشفى.',
        ],
        '2006-04-09',
      ),
    ).toEqual([['2006-04-09', '2006-04-09', 'Anbar', 5, 9]]);
  });
});

describe('"نشرت أخباراً كاذبة عن مقتل 9 جنود": an account the teller calls false', () => {
  it('keeps the own toll told before it and not the false one', () => {
    expect(
      rows(
        'صد هجوم لداعش قرب هيت',
        [
          'هاجم عناصر من داعش فجر أمس الجمعة موقعاً للجيش قرب قضاء هيت غربي الأنبار، وأصيب ثلاثة جنود بجروح، فيما نشرت وكالة أعماق أخباراً كاذبة عن مقتل 9 جنود.',
        ],
        '2018-02-10',
      ),
    ).toEqual([['2018-02-09', '2018-02-09', 'Anbar', null, 3]]);
  });

  it('takes no toll from a clause that tells only the false account', () => {
    expect(
      rows(
        'صد هجوم لداعش قرب هيت',
        [
          'هاجم عناصر من داعش فجر أمس الجمعة موقعاً للجيش قرب قضاء هيت غربي الأنبار، وأصيب ثلاثة جنود بجروح.',
          'وقال مصدر إن وكالة أعماق نشرت أخباراً كاذبة عن مقتل 9 جنود.',
        ],
        '2018-02-10',
      ),
    ).toEqual([['2018-02-09', '2018-02-09', 'Anbar', null, 3]]);
  });
});
