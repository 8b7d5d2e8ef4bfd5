// Rules from the fxdates9 round (issue 12, a background event with its own toll and month): the worst of
// a recurring series ("كان أشدها", "the deadliest of which") told with its own month and toll is an
// event of its own, however long ago; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the worst of a recurring series, told with its own month and toll: an event of its own', () => {
  it('"ويتعرض القضاء لضربات … كان أشدها في أيار 2020 حين … ما أسفر عن مقتل 6"', () => {
    expect(
      ingested(
        'مقتل مقاتلين بضربة مسيرة في سنجار',
        [
          'قتل مقاتلان اثنان بضربة نفذتها طائرة مسيرة تركية على سيارتهما في قضاء سنجار غربي نينوى، مساء اليوم الاثنين، بحسب مصدر أمني.',
          'ويتعرض القضاء بين فترة وأخرى لضربات تركية، كان أشدها في أيار 2020 حين قصفت طائرة تركية مقرا في القضاء، ما أسفر عن مقتل 6 أشخاص.',
        ],
        '2022-06-13',
      ),
    ).toEqual([
      { from: '2022-06-13', to: '2022-06-13', governorate: 'Nineveh', killed: 2, wounded: null },
      { from: '2020-05-01', to: '2020-05-31', governorate: 'Nineveh', killed: 6, wounded: null },
    ]);
  });

  it('"The district is often hit by strikes, the deadliest of which came in May 2020, when … killing six"', () => {
    expect(
      ingested(
        'Drone strike kills two fighters in Sinjar',
        [
          'A Turkish drone strike killed two fighters in their car in Sinjar district, west of Nineveh province, on Monday evening, a security source said.',
          'The district is often hit by Turkish strikes, the deadliest of which came in May 2020, when a drone hit a headquarters in the district, killing six people.',
        ],
        '2022-06-13',
      ),
    ).toEqual([
      { from: '2022-06-13', to: '2022-06-13', governorate: 'Nineveh', killed: 2, wounded: null },
      { from: '2020-05-01', to: '2020-05-31', governorate: 'Nineveh', killed: 6, wounded: null },
    ]);
  });
});
