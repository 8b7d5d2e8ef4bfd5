// Rules from the fxcounts12 round (issue 12, casualty counts of matched incidents): a tribal notable
// ("وجيه") is one person; one who fell dead "with" his own people; "مع ثلاثة مسلحين" names the other
// side, not his own; the rest of the wounded still in care after a death told again; a count that
// passed a round figure ("تجاوز العشرين"); the wounded the only event lacked, told past the source's
// account; "militiaman"; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { ingested } from '../support/tolls.js';

const killedAr = (text: string) => findCasualties(matchView(text), 'ar').killed;
const woundedAr = (text: string) => findCasualties(matchView(text), 'ar').wounded;

describe('"وجيه": a tribal notable, one person', () => {
  it('"اغتيل وجيه عشائري ونجله": he and his son, two', () => {
    expect(killedAr('اغتيل وجيه عشائري ونجله برصاص مسلحين في بلدة الشحيل')).toBe(2);
  });
  it('"قتل مسلحون وجيهاً من العشيرة": one', () => {
    expect(killedAr('قتل مسلحون مجهولون وجيهاً من العشيرة أمام منزله')).toBe(1);
  });
});

describe('one who fell dead "with" his own people', () => {
  it('"فأرداه قتيلاً مع شقيقيه": he and his two brothers, three', () => {
    expect(killedAr('ثم أطلق المسلح النار على التاجر فأرداه قتيلاً مع شقيقيه داخل المحل')).toBe(3);
  });
  it('"فسقط قتيلاً مع اثنين من مرافقيه": three', () => {
    expect(killedAr('واستهدفت العبوة سيارة القائد فسقط قتيلاً مع اثنين من مرافقيه عند مدخل القرية')).toBe(3);
  });
  it('"قتل شرطي في اشتباك مع ثلاثة مسلحين": the men he fought are no one of his, one', () => {
    expect(killedAr('قتل شرطي في اشتباك مع ثلاثة مسلحين قرب المعبر الحدودي')).toBe(1);
  });
});

describe('the rest of the wounded still in care: the one who died is a dead told already', () => {
  it('"قُتل رجل وأصيب ابن عمه…" then "فارق الأكبر الحياة …، فيما يتلقى الآخر العلاج": one dead, one wounded', () => {
    expect(
      ingested(
        'مقتل رجل وإصابة قريبه برصاص مجهولين في درعا',
        [
          'قُتل رجل وأصيب ابن عمه بجروح، مساء أمس الخميس، برصاص مسلحين مجهولين على طريق بلدة الجيزة بريف درعا الشرقي.',
          'ونقل الاثنان إلى مشفى المدينة، حيث فارق الأكبر الحياة متأثراً بإصابته، فيما يتلقى الآخر العلاج في قسم العناية.',
        ],
        '2021-05-14',
      ),
    ).toEqual([{ from: '2021-05-13', to: '2021-05-13', governorate: 'Daraa', killed: 1, wounded: 1 }]);
  });
});

describe('"تجاوز العشرين": a count that passed a round figure, that figure', () => {
  it('"أن عدد المصابين تجاوز الثلاثين، بينهم أربعة في حالة خطرة": thirty', () => {
    expect(woundedAr('وأكد طبيب في المشفى أن عدد المصابين تجاوز الثلاثين، بينهم أربعة في حالة خطرة')).toBe(
      30,
    );
  });
});

describe('the wounded the only event lacked, past the source’s account of how it happened', () => {
  it('"…," the officer said. "Three guards were wounded", five sentences on: its wounded', () => {
    expect(
      ingested(
        'Gunman killed at Tikrit checkpoint',
        [
          'Iraqi police shot dead a gunman who tried to storm a checkpoint at the northern entrance of Tikrit on Friday evening, a police officer said on Saturday.',
          'The officer, who spoke on condition of anonymity, said the man arrived on foot carrying a rifle and a bag, when the checkpoint was crowded with cars returning from Baiji and Samarra.',
          '"We told him to drop the bag. He did not listen and started shooting," the officer said. Three guards were wounded in the exchange and were taken to hospital.',
        ],
        '2015-03-07',
      ),
    ).toEqual([{ from: '2015-03-06', to: '2015-03-06', governorate: 'Salahuddin', killed: 1, wounded: 3 }]);
  });
});

describe('"militiaman": one person, "militiamen" several', () => {
  it('"killing one militiaman and two civilians": three', () => {
    expect(
      findCasualties(
        matchView(
          'A car bomb went off near a checkpoint in the town on Friday, killing one militiaman and two civilians.',
        ),
        'en',
      ).killed,
    ).toBe(3);
  });
  it('"killing two militiamen and a shepherd": three', () => {
    expect(
      findCasualties(
        matchView('A roadside bomb struck a patrol on Friday, killing two militiamen and a shepherd.'),
        'en',
      ).killed,
    ).toBe(3);
  });
});
