// Rules from the fxextras2 round (issue 12, drafts that are no incident: a count spread over a named
// span or over recent weeks, an anniversary, a claimed toll, a toll told as reached, fights counted
// "so far", a lead's total told with most of it in one place); each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"خلال الموسم الماضي", "during the year": a count spread over a span named by its noun', () => {
  it('drafts no incident of a season’s dead, in Arabic', () => {
    expect(
      ingested(
        'تحذيرات لرعاة الأغنام في بادية الأنبار',
        [
          'حذرت قيادة عمليات الأنبار الرعاة من دخول الصحراء الغربية، بعد أن قضى أكثر من 30 راعياً خلال الموسم الماضي في صحراء الرطبة بانفجار ألغام.',
        ],
        '2023-02-10',
      ),
    ).toEqual([]);
  });

  it('drafts no incident of a year’s dead and wounded, in English', () => {
    expect(
      ingested(
        'Diyala police report fewer attacks',
        [
          'The Diyala police chief told reporters in Baquba on Monday that 88 people had been killed and 210 wounded in attacks in the province during the year.',
          'Police arrested 640 suspects and defused 300 roadside bombs, he said.',
          'Diyala, with a population of about 1.4 million, borders Iran.',
        ],
        '2014-01-06',
      ),
    ).toEqual([]);
  });
});

describe('"في الأسابيع الأخيرة", "in recent weeks": weeks counted back, a span', () => {
  it('drafts no incident of what the shelling of recent weeks did, beside the day’s own', () => {
    expect(
      ingested(
        'Iranian shelling wounds farmer in Erbil',
        [
          'A farmer was wounded on Tuesday when Iranian artillery shelled a village near Sidakan in Erbil province, a local official said.',
          'The shelling has forced about 90 families to leave their villages in the area in recent weeks, he said.',
        ],
        '2012-06-05',
      ),
    ).toEqual([{ from: '2012-06-05', to: '2012-06-05', governorate: 'Erbil', killed: null, wounded: 1 }]);
  });
});

describe('"الذكرى … لقصف", "the anniversary of the shelling": the remembrance of an old blow', () => {
  it('drafts no incident of the blow remembered, however many words name the anniversary', () => {
    expect(
      ingested(
        'إحياء ذكرى القصف في البلدة',
        [
          'أحيا أهالي قضاء سنجار، اليوم الأحد، الذكرى السنوية العاشرة لقصف البلدة، الذي قتل فيه نحو مئتي مدني وأصيب المئات.',
        ],
        '2017-08-06',
      ),
    ).toEqual([]);
  });
});

describe('"and claimed 12 soldiers were killed": a count governed by a verb of claiming', () => {
  it('drafts the event once, with the toll its victims’ side gave', () => {
    expect(
      ingested(
        'Suicide bomber hits army post in Anbar',
        [
          'A suicide bomber struck an army post near Haditha in Anbar province on Tuesday, killing two soldiers and wounding four, a military spokesman said.',
          'The militants’ news agency said one of its fighters carried out the bombing and claimed 15 soldiers were killed.',
        ],
        '2016-03-08',
      ),
    ).toEqual([{ from: '2016-03-08', to: '2016-03-08', governorate: 'Anbar', killed: 2, wounded: 4 }]);
  });
});

describe('"أن عدد القتلى بلغ 16": the toll named first, then reached, a day later', () => {
  it('is the toll of the event told, not an event of the later day', () => {
    expect(
      ingested(
        'مقتل رعاة بهجوم في بادية دير الزور',
        [
          'قتل سبعة رعاة، يوم الأحد، بهجوم شنه مسلحون مجهولون في بادية بلدة الشولا جنوب مدينة دير الزور.',
          'وذكرت مصادر محلية أن عدد القتلى بلغ تسعة بعد العثور على جثتي راعيين آخرين صباح اليوم الاثنين.',
        ],
        '2022-03-14',
      ),
    ).toEqual([
      { from: '2022-03-13', to: '2022-03-13', governorate: 'Deir ez-Zor', killed: 9, wounded: null },
    ]);
  });
});

describe('fights told from their onset, their dead counted "so far"', () => {
  it('drafts no incident of the fights’ running total beside the day’s event', () => {
    expect(
      ingested(
        'قصف على حي في مدينة الحسكة',
        [
          'قتل أربعة مدنيين، أمس الخميس، بسقوط قذائف على حي غويران في مدينة الحسكة.',
          'وكانت الاشتباكات بين الطرفين قد اندلعت في المدينة مطلع الشهر الجاري، وتقول مصادر طبية إنها خلفت أكثر من 120 قتيلاً حتى الآن.',
        ],
        '2016-08-19',
      ),
    ).toEqual([{ from: '2016-08-18', to: '2016-08-18', governorate: 'Hasakah', killed: 4, wounded: null }]);
  });

  it('keeps one day’s clash with its running toll', () => {
    expect(
      ingested(
        'اشتباكات في ريف الحسكة',
        [
          'اندلعت اشتباكات عنيفة، صباح اليوم الجمعة، بين قوات الأسايش ومسلحين في بلدة الهول بريف الحسكة، أسفرت حتى الآن عن مقتل خمسة مسلحين.',
        ],
        '2016-08-19',
      ),
    ).toEqual([{ from: '2016-08-19', to: '2016-08-19', governorate: 'Hasakah', killed: 5, wounded: null }]);
  });
});

describe('"most of them in Homs": a lead total told of more places than the one it names', () => {
  it('is the total of the items told after it, in every governorate', () => {
    expect(
      ingested(
        'Syrian troops kill 9 as protests spread',
        [
          'Syrian troops killed at least nine people on Friday, most of them in the city of Hama, activists said.',
          'Six protesters were shot dead in Hama when troops fired on a march, the Observatory said.',
          'Three people were killed when security forces opened fire in the town of Nawa in Daraa province.',
        ],
        '2011-07-02',
      ),
    ).toEqual([
      { from: '2011-07-01', to: '2011-07-01', governorate: 'Hama', killed: 6, wounded: null },
      { from: '2011-07-01', to: '2011-07-01', governorate: 'Daraa', killed: 3, wounded: null },
    ]);
  });
});

describe('"on June 4 and 5, 2012", "يومي 4 و5 حزيران 2012": two days of a month, the year told once after both', () => {
  it('dates a massacre of two days to the year written, in English', () => {
    expect(
      ingested(
        'Remains found near Qardaha',
        [
          'The killings in the village of Bayt Yashout on June 4 and 5, 2012, left at least 60 people dead, a rights group said.',
        ],
        '2020-05-20',
      ),
    ).toEqual([{ from: '2012-06-04', to: '2012-06-05', governorate: 'Latakia', killed: 60, wounded: null }]);
  });

  it('reads the days joined by a hyphen the same way', () => {
    expect(
      ingested(
        'Remains found near Qardaha',
        [
          'The killings in the village of Bayt Yashout on June 4-5, 2012, left at least 60 people dead, a rights group said.',
        ],
        '2020-05-20',
      ),
    ).toEqual([{ from: '2012-06-04', to: '2012-06-05', governorate: 'Latakia', killed: 60, wounded: null }]);
  });

  it('dates the two days from their first, in Arabic', () => {
    expect(
      ingested(
        'العثور على رفات في ريف جبلة',
        ['قتل 60 شخصاً على الأقل في قرية بيت ياشوط يومي 4 و5 حزيران 2012 بحسب منظمة حقوقية.'],
        '2020-05-20',
      ),
    ).toEqual([{ from: '2012-06-04', to: '2012-06-05', governorate: 'Latakia', killed: 60, wounded: null }]);
  });
});

describe('"Many of the attacks took place in…", "معظم الهجمات وقعت في…": a share of many events, not the last one dated', () => {
  it('keeps the day of the news for the last item of a roundup, in English', () => {
    expect(
      ingested(
        'Roundup: violence south of Baghdad',
        [
          'In Mahmudiya, three farmers were wounded when a mortar round hit an orchard.',
          'Most of the attacks took place in towns where insurgents have operated freely since they took Ramadi in March.',
        ],
        '2015-08-14',
      ),
    ).toEqual([{ from: '2015-08-14', to: '2015-08-14', governorate: 'Baghdad', killed: null, wounded: 3 }]);
  });

  it('does the same in Arabic', () => {
    expect(
      ingested(
        'حصيلة أعمال العنف جنوب بغداد',
        [
          'أصيب ثلاثة مزارعين بسقوط قذيفة هاون على بستان في المحمودية.',
          'معظم الهجمات وقعت في بلدات ينشط فيها المسلحون منذ سيطرتهم على الرمادي في آذار.',
        ],
        '2015-08-14',
      ),
    ).toEqual([{ from: '2015-08-14', to: '2015-08-14', governorate: 'Baghdad', killed: null, wounded: 3 }]);
  });
});

describe('"أن الجريمة وقعت في…", "the crime took place in…": the deed a ruling punished, dated by its own name', () => {
  it('dates the killing to the month the judiciary gave, not to the ruling’s day, in Arabic', () => {
    expect(
      ingested(
        'حكم بالإعدام',
        [
          'أصدرت محكمة جنايات الرصافة، الاثنين، حكماً بالإعدام بحق مدان بقتل سبعة أشخاص من عائلة واحدة في قضاء الطارمية شمالي بغداد، فيما أوضحت أن الجريمة وقعت في آذار من عام 2007.',
        ],
        '2013-03-12',
      ),
    ).toEqual([{ from: '2007-03-01', to: '2007-03-31', governorate: 'Baghdad', killed: 7, wounded: null }]);
  });

  it('does the same in English', () => {
    expect(
      ingested(
        'Man sentenced to death',
        [
          'A court in Baghdad on Tuesday sentenced to death a man convicted of killing seven members of a family in Tarmiyah.',
          'The judiciary said the crime took place in March 2007.',
        ],
        '2012-05-08',
      ),
    ).toEqual([{ from: '2007-03-01', to: '2007-03-31', governorate: 'Baghdad', killed: 7, wounded: null }]);
  });
});
