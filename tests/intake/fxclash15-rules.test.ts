// Rules found on both sides' dead of one fight told as two counts (issue 12, fixer fxclash15): the
// other side's dead told after "فيما" as some of a group's fighters ("ثلاثة من مقاتلي الوحدات").
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const drafted = (paragraphs: string[], published: string, lang: 'ar' | 'en') =>
  draftedIncidents(paragraphs.join('\n\n'), published, lang).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('"…، فيما استشهد ثلاثة من مقاتلي الوحدات": a group\'s fighters are the other side of the fight', () => {
  it('sums the fighters of a group the actor tables do not know', () => {
    expect(
      drafted(
        [
          'معارك في ريف الحسكة',
          'وقال المتحدث إن 25 مسلحاً من التنظيم قتلوا في المعارك التي دارت أمس الأحد قرب بلدة الهول بريف الحسكة، فيما استشهد أربعة من مقاتلي الوحدات.',
        ],
        '2015-11-16',
        'ar',
      ),
    ).toEqual([{ killed: 29, wounded: null }]);
  });

  it('sums them told as "عناصر" of the group', () => {
    expect(
      drafted(
        [
          'معارك في ريف الحسكة',
          'وقال المتحدث إن 25 مسلحاً من التنظيم قتلوا في المعارك التي دارت أمس الأحد قرب بلدة الهول بريف الحسكة، فيما قتل أربعة من عناصر الأسايش.',
        ],
        '2015-11-16',
        'ar',
      ),
    ).toEqual([{ killed: 29, wounded: null }]);
  });
});
