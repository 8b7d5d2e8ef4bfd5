// Rules added on the opened probe-zb and probe-zc (issue 12), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const drafted = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) => [x.killed, x.wounded]);

describe('the bodies of the dead already told are no new incident', () => {
  it('keeps "فيما أخلى الدفاع المدني الجثث الثلاث" in the killing told before it', () => {
    expect(
      drafted(
        [
          'مسلحون يقتلون ثلاثة مزارعين جنوبي كركوك',
          'قال مصدر أمني في قضاء الدبس، اليوم الخميس، إن مسلحين مجهولين أطلقوا النار على مزارعين كانوا يعملون في حقولهم قرب قرية تل الورد، ما أسفر عن مقتل ثلاثة منهم وإصابة رابع.',
          'وبين المصدر أن المهاجمين فروا إلى جهة مجهولة، وأن الجريح نقل إلى المستشفى.',
          'وأشار إلى أن قوة من الجيش طوقت المكان، فيما أخلى الدفاع المدني الجثث الثلاث إلى دائرة الطب العدلي.',
        ],
        '2022-09-15',
      ),
    ).toEqual([[3, 1]]);
  });
});

describe('"both" is a count of two', () => {
  it('counts "…carrying two farmers near the river, killing both of them" as two killed', () => {
    expect(
      drafted(
        [
          'Roadside bomb kills two in Kirkuk',
          'A roadside bomb went off on Thursday under a pickup truck carrying two farmers on a dirt road near the village of Tal al-Ward, south of Kirkuk, killing both of them, police said.',
        ],
        '2022-09-15',
      ),
    ).toEqual([[2, null]]);
  });
});
