// Rules from the fxcounts36 round (issue 12): a roundup's items keep their own doers — a last item
// with no toll of its own, taken into the lead, does not lend its doer to the others; "no dead but
// the four fighters" is not 0 dead; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { actorIdOf } from '../../src/intake/drafts/phrases.js';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's toll and perpetrators, as actor ids. */
const tollsAndActors = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
    actors: x.actors.map((a) => actorIdOf(a.en ?? a.ar ?? '')?.id ?? '?'),
  }));

describe("a roundup's last item with no toll keeps its doer to itself", () => {
  const items = [
    'Violence across Anbar: 12 killed',
    'At least 12 people were killed and 4 were wounded in violence across Anbar province on Tuesday:',
    'In Ramadi, a car bomb killed seven people and wounded four.',
    'Three shopkeepers were shot dead in Fallujah.',
    'A roadside bomb killed two farmers near Hit.',
  ];

  it('"Iraqi forces killed an unknown number of militants" lends no doer to the items before it', () => {
    expect(
      tollsAndActors(
        [...items, 'Iraqi forces killed an unspecified number of militants near Rutba.'],
        '2016-05-11',
      ),
    ).toEqual(tollsAndActors(items, '2016-05-11'));
  });

  it('leaves the car bomb and the roadside bomb with no doer', () => {
    const drafted = tollsAndActors(
      [...items, 'Iraqi forces killed an unknown number of militants near Rutba.'],
      '2016-05-11',
    );
    expect(drafted.filter((x) => x.killed === 7 || x.killed === 2).map((x) => x.actors)).toEqual([[], []]);
  });
});

describe('"لم يسفر عن قتلى سوى المقاتلين الأربعة", "no dead but the four fighters": not 0 dead', () => {
  it('drafts no zero dead for the strike whose only dead it names', () => {
    const drafted = tollsAndActors(
      [
        'تشييع مقاتلين قتلوا بقصف مسيرة قرب تل أبيض',
        'شيع المئات، اليوم الجمعة، في مدينة تل أبيض أربعة من مقاتلي قوات سوريا الديمقراطية، قتلوا بقصف طائرة مسيرة تركية استهدف سيارتهم قرب قرية المشرفة، ليلة الأربعاء.',
        'وأكد المتحدث أن القصف لم يسفر عن قتلى سوى المقاتلين الأربعة.',
      ],
      '2023-05-12',
    );
    expect(drafted.map((x) => x.killed)).not.toContain(0);
  });

  it('still drafts 0 dead for "لم يسفر القصف عن قتلى"', () => {
    const drafted = tollsAndActors(
      [
        'قصف على أطراف تل أبيض',
        'سقطت قذائف مدفعية تركية، اليوم الجمعة، على أطراف قرية المشرفة قرب تل أبيض، ولم يسفر القصف عن قتلى.',
      ],
      '2023-05-12',
    );
    expect(drafted.map((x) => x.killed)).toEqual([0]);
  });
});
