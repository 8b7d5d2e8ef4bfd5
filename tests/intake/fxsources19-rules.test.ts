// Rules found on one event's toll told twice (issue 12, fixer fxsources19): a "فيما" source's count
// after a sentence opened by the first teller's words of how the event went. Each on sentences
// written for it.
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
