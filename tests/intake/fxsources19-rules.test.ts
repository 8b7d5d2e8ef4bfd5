// Rules found on one event's toll told twice (issue 12, fixer fxsources19): a "فيما" source's count
// after a sentence opened by the first teller's words of how the event went; the time a deed took
// ("تمكنت خلال ساعات من"), no span a toll counts over, so the operation's own wounded stay with it.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"وقال المصدر إن …، فيما تحدثت وسائل إعلام عن مقتل…": the other teller\'s count of the same blow', () => {
  it("keeps one event, the first teller's toll", () => {
    expect(
      rows(
        'غارة بطائرة مسيرة قرب الرطبة',
        [
          'أفاد مصدر أمني، اليوم الثلاثاء، بمقتل منتسب وإصابة اثنين آخرين بقصف طائرة مسيرة استهدف عجلة للقوات الأمنية قرب قضاء الرطبة غربي الأنبار، مساء أمس الاثنين.',
          'وقال المصدر إن "الطائرة أطلقت صاروخاً على العجلة أثناء عودتها إلى المقر"، فيما تحدثت مصادر محلية عن مقتل ثلاثة منتسبين.',
        ],
        '2021-03-09',
      ),
    ).toEqual([['2021-03-08', '2021-03-08', 'Anbar', 1, 2]]);
  });
});

describe('"وتمكنت خلال ساعات من …، فيما أصيب ثلاثة…": the time a deed took, no span a toll counts over', () => {
  it("keeps the operation's enemy dead and its own wounded in one event", () => {
    expect(
      rows(
        'القوات الأمنية تستعيد بلدة القيروان',
        [
          'وقال قائد العمليات في بيان إن "القوات اقتحمت بلدة القيروان غربي نينوى فجر أمس الأحد، وتمكنت خلال ساعات من السيطرة على مركزها"، مبيناً أن "العملية أسفرت عن قتل 12 إرهابياً، فيما أصيب اثنان من المقاتلين بجروح طفيفة".',
        ],
        '2017-06-05',
      ),
    ).toEqual([['2017-06-04', '2017-06-04', 'Nineveh', 12, 2]]);
  });
});
