// Rules of which day an incident took place (issue 12, dates that lose an incident), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';

/** Each drafted incident's day range and its counts. */
const drafted = (paragraphs: string[], published: string) => {
  const result = ingest(paragraphs.join('\n\n'), { published });
  return result.ok
    ? result.draft.incidents.map((x) => ({
        from: x.date.from,
        to: x.date.to,
        killed: x.killed,
        wounded: x.wounded,
      }))
    : [];
};

describe('a roundup heading that announces the deaths dates its undated items', () => {
  it('gives "…recorded dozens of deaths across the country on Thursday, March 7:" to every item after it', () => {
    expect(
      drafted(
        [
          'Monitor: dozens killed in Syria',
          'A monitoring group recorded dozens of deaths across the country on Thursday, March 7:',
          'Hama: six civilians were killed when government jets bombed the town of Kafr Zita.',
          'Raqqa: two fighters of the Syrian Democratic Forces were killed by a landmine near Tabqa.',
        ],
        '2019-03-08',
      ),
    ).toEqual([
      { from: '2019-03-07', to: '2019-03-07', killed: 6, wounded: null },
      { from: '2019-03-07', to: '2019-03-07', killed: 2, wounded: null },
    ]);
  });

  it('leaves a dateline\'s day ("موقع … – 6 رجب 1444 هجرية") to the statement\'s own', () => {
    expect(
      drafted(
        [
          'مقتل مقاتلين اثنين من الحشد شمال ديالى',
          // (the dateline opens the statement's paragraph)
          'موقع أخبار المقاومة الإسلامية – العراق – 6 رجب 1444 هجرية\nأعلنت هيئة الحشد الشعبي، اليوم السبت، استشهاد مقاتلين اثنين بانفجار عبوة ناسفة قرب قضاء خانقين شمال ديالى.',
        ],
        '2023-01-28',
      ),
    ).toEqual([{ from: '2023-01-28', to: '2023-01-28', killed: 2, wounded: null }]);
  });
});
