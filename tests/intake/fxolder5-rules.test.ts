// Rules from the fxolder5 round (issue 12, old events retold in court stories): a ruling told by a
// part the convicted took in the deed, however far from the word that names them; a ruling carried
// out ("executed", "hanged"), whose news is still the deed judged, and the day a source told it on,
// never the deed's; the ruling in a case named by its deed, and the month its facts go back to
// ("وتعود وقائع القضية إلى أيلول من عام 2006"). Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a ruling over a deed the convicted took part in', () => {
  it('"حكماً بالإعدام بحق مدان بالانتماء إلى … والاشتراك في تفجير…", then "المدان اشترك مع آخرين في تفخيخ…"', () => {
    expect(
      ingested(
        'الإعدام لمدان بتفجير سوق في الموصل',
        [
          'أصدرت محكمة جنايات نينوى حكماً بالإعدام بحق مدان بالانتماء إلى عصابات داعش والاشتراك في تفجير سيارة مفخخة في سوق شعبي بمدينة الموصل عام 2014.',
          'وذكر بيان لمجلس القضاء الأعلى، اليوم الاثنين، أن المدان اشترك مع آخرين في تفخيخ السيارة التي انفجرت وسط السوق في تشرين الأول 2014، ما أسفر عن مقتل 17 مواطناً وإصابة 40 آخرين.',
        ],
        '2021-03-08',
      ),
    ).toEqual([{ from: '2014-10-01', to: '2014-10-31', governorate: 'Nineveh', killed: 17, wounded: 40 }]);
  });

  it('"sentenced … to 20 years in prison for taking part in the killing of…", then the deed with its month', () => {
    expect(
      ingested(
        'Dutch court jails former Syrian militiaman',
        [
          'A Dutch court on Friday sentenced a former Syrian militiaman to 20 years in prison for taking part in the killing of civilians in the city of Hama in 2013.',
          'The court found that he and other militiamen shot dead nine men at a checkpoint in Hama in May 2013.',
        ],
        '2023-02-10',
      ),
    ).toEqual([{ from: '2013-05-01', to: '2013-05-31', governorate: 'Hama', killed: 9, wounded: null }]);
  });
});

describe('a ruling carried out: the deed judged, not the day of the executions', () => {
  it('"Iraq has executed eight men convicted of terrorism over bombings…, a source said Wednesday"', () => {
    expect(
      ingested(
        'Iraq hangs eight men over Diyala bombings',
        [
          'Iraq has executed eight men convicted of terrorism over deadly bombings carried out in Diyala province, a security source said Wednesday.',
          'Among them were members of a cell convicted over a July 2007 car bombing in Baquba that killed 28 people, the source said.',
        ],
        '2024-05-15',
      ),
    ).toEqual([{ from: '2007-07-01', to: '2007-07-31', governorate: 'Diyala', killed: 28, wounded: null }]);
  });
});

describe('the ruling in a case named by its deed, whose facts go back to a month', () => {
  it('"حكمها في قضية اغتيال…", then "وتعود وقائع القضية إلى آذار من عام 2007…"', () => {
    expect(
      ingested(
        'الإعدام لاثنين في قضية اغتيال عناصر دورية',
        [
          'أصدرت محكمة الجنايات في حمص أمس الأحد حكمها في قضية اغتيال عناصر دورية للشرطة، فقضت بإعدام متهمين اثنين شنقاً حتى الموت.',
          'وتعود وقائع القضية إلى آذار من عام 2007، حين أطلق مسلحون النار على دورية للشرطة قرب قرية الشنية، ما أدى إلى مقتل شرطيين اثنين وإصابة ثالث بجروح.',
        ],
        '2008-11-24',
      ),
    ).toEqual([{ from: '2007-03-01', to: '2007-03-31', governorate: 'Homs', killed: 2, wounded: 1 }]);
  });
});
