// Rules from the fxdatesplaces2 round (issue 12, dates and places): the day of an announcement the
// event came in spite of; a name the article sets in the other country; a village the gazetteer does
// not know, in a story filed from a town; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, ingested } from '../support/tolls.js';

describe('the day of what the event came in spite of ("رغم إعلان …", "despite … announced"): not its day', () => {
  it('"…هاجم مسلحون قرية … صباح أمس الخميس وقتلوا خمسة …، رغم إعلان الوزارة انتهاء العمليات مساء الثلاثاء"', () => {
    expect(
      ingested(
        'هجوم على قرية في ريف جبلة',
        [
          'قال ناشطون إن مسلحين هاجموا قرية في ريف جبلة صباح أمس الخميس وقتلوا خمسة مزارعين، رغم إعلان الوزارة انتهاء العمليات في المنطقة مساء الثلاثاء.',
        ],
        '2025-04-04',
      ),
    ).toEqual([{ from: '2025-04-03', to: '2025-04-03', governorate: 'Latakia', killed: 5, wounded: null }]);
  });

  it('"…killed four farmers …, despite a truce the two sides announced on Sunday"', () => {
    expect(
      ingested(
        'Shelling kills farmers near Idlib',
        [
          'Government shelling killed four farmers near the town of Saraqib in Idlib province, despite a truce the two sides announced on Sunday, activists said.',
        ],
        '2020-03-10',
      ).map((x) => x.from),
    ).not.toContain('2020-03-08');
  });
});

describe('a name the article sets in the other country: that country’s namesake', () => {
  it('"…على بلدة سنجار في ريف إدلب الجنوبي الشرقي", then an item with no place of its own under the title\'s "سنجار"', () => {
    const incidents = draftedIncidents(
      [
        'غارات على سنجار',
        'قتل مدنيان في غارات جوية ليلة الجمعة على السبت على بلدة سنجار في ريف إدلب الجنوبي الشرقي.',
        'وعلى الأرض، سيطرت قوات النظام صباح اليوم السبت على قرية صغيرة بعد معارك قتل فيها سبعة من مقاتلي الفصائل.',
      ].join('\n\n'),
      '2018-02-03',
    );
    expect(incidents.map((x) => [x.place.country, x.place.governorate?.en, x.killed])).toEqual([
      ['SY', 'Idlib', 2],
      ['SY', 'Idlib', 7],
    ]);
  });
});

describe('a village the gazetteer does not know, in a story filed from a town: around that town', () => {
  it('"SINJAR, Iraq - …", then "a man was killed … in the village of Xyzabad"', () => {
    expect(
      ingested(
        'Yazidis return to a ruined homeland',
        [
          'SINJAR, Iraq - Hundreds of families have returned to the district this year, officials said on Sunday.',
          'On Saturday, a returnee was killed when an old shell exploded in the village of Xyzabad, local officials said.',
        ],
        '2024-05-13',
      ),
    ).toEqual([{ from: '2024-05-11', to: '2024-05-11', governorate: 'Nineveh', killed: 1, wounded: null }]);
  });
});
