// Rules from the fxanyof3 round (issue 12, a word list in a pattern is one group): what rules read
// through anyOf's old bare alternation they now say outright; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, ingested } from '../support/tolls.js';

describe('"انتماء القتلى إلى …": whom the dead belong to is the side hit, not a doer', () => {
  it('a Turkish drone strike on a car, then "تحدثوا عن انتماء القتلى إلى حزب العمال الكردستاني"', () => {
    const drafted = draftedIncidents(
      [
        'مقتل ثلاثة أشخاص بقصف تركي في دهوك',
        'قتل ثلاثة أشخاص مساء أمس الأحد بقصف نفذته طائرة مسيرة تركية استهدف سيارة قرب ناحية باتيفا في محافظة دهوك.',
        'وقال مدير الناحية إن "الطائرة أطلقت صاروخاً على السيارة، ما أدى إلى مقتل من كانوا بداخلها"، مبيناً أن سكاناً تحدثوا عن انتماء القتلى إلى حزب العمال الكردستاني، دون تأكيد رسمي.',
      ].join('\n\n'),
      '2022-06-13',
    );
    expect(drafted.map((x) => x.actors.map((a) => a.en))).toEqual([['Turkey']]);
  });
});

describe('"وقالت فاطمة …": a place read with "ف" glued to it right after a verb of saying is the speaker', () => {
  it('a shelling remembered in an Aleppo quarter, then "وقالت فاطمة علي، التي فقدت ابنها في القصف، …"', () => {
    expect(
      ingested(
        'خمسة أعوام على مجزرة الأشرفية في حلب.. أهالي الضحايا يطالبون بالمحاسبة',
        [
          'أحيا أهالي حي الأشرفية في مدينة حلب، شمالي سوريا، اليوم الخميس، الذكرى الخامسة لمجزرة شهدها الحي يوم الخامس من آذار/مارس عام 2016، حين استهدفت فصائل مسلحة الحي بعشرات القذائف الصاروخية.',
          'وأسفر القصف حينها عن مقتل 17 مدنياً، بينهم خمسة أطفال، وإصابة أكثر من 60 آخرين، بحسب إحصائية المجلس المحلي.',
          'وقالت فاطمة علي، التي فقدت ابنها البالغ من العمر عشرة أعوام في القصف، إن "أحداً لم يحاسب حتى اليوم".',
        ],
        '2021-03-04',
      ),
    ).toEqual([{ from: '2016-03-05', to: '2016-03-05', governorate: 'Aleppo', killed: 17, wounded: null }]);
  });
});
