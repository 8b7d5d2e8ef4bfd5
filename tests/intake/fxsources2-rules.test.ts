// Rules from the fxsources2 round (issue 12, one event's tolls from two sources): the seat of a
// source told after a comma, the place of deeds someone is accused of, a source naming the event
// just told ("killed in the strikes", "confirmed the attack"), a strike told as what air defences
// did; the other kind of casualty told in the lead with a side of a city as where it was; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, ingested } from '../support/tolls.js';

describe('"، ومقره …" tells where the source sits: its words read on as one clause', () => {
  it('"بدوره، قال المرصد، ومقره لندن، إن الضربات … وأسفرت عن مقتل ستة": the strike told, in its figures', () => {
    expect(
      incidents(
        [
          'قتل ثلاثة جنود وأصيب أربعة آخرون، فجر اليوم الثلاثاء، بضربات صاروخية إسرائيلية استهدفت مواقع في محيط دمشق، بحسب مصدر عسكري.',
          'بدوره، قال المرصد السوري لحقوق الإنسان، ومقره لندن، إن الضربات طالت مستودعات ذخيرة في منطقة الكسوة، وأسفرت عن مقتل ستة مقاتلين.',
        ],
        'ar',
        '2022-06-14',
      ),
    ).toEqual([{ from: '2022-06-14', to: '2022-06-14', governorate: 'Rif Dimashq', killed: 3, wounded: 4 }]);
  });
});

describe('where someone is accused of having done wrong is not where the event happened', () => {
  it('"مشيراً إلى أن الدورية كانت تلاحق مسلحاً متهماً بارتكاب جرائم في مدينة حمص": the ambush in Latakia', () => {
    expect(
      incidents(
        [
          'قتل سبعة عناصر من الأمن العام، مساء الأحد، في كمين نصبه مسلحون على طريق قرية في ريف اللاذقية الشمالي.',
          'من جهته، قال المرصد السوري إن حصيلة القتلى بلغت عشرة عناصر، مشيراً إلى أن الدورية كانت تلاحق مسلحاً متهماً بارتكاب جرائم في مدينة حمص.',
        ],
        'ar',
        '2025-01-20',
      ),
    ).toEqual([{ from: '2025-01-19', to: '2025-01-19', governorate: 'Latakia', killed: 7, wounded: null }]);
  });
  it('"a former officer accused of torturing detainees at a prison in Homs": the same, in English', () => {
    expect(
      incidents(
        [
          'Gunmen ambushed a security patrol in the Latakia countryside on Sunday evening, killing seven of its members, the interior ministry said.',
          'A war monitor put the toll at ten, saying the patrol had been sent to arrest a former officer accused of torturing detainees at a prison in Homs.',
        ],
        'en',
        '2025-01-20',
      ),
    ).toEqual([{ from: '2025-01-19', to: '2025-01-19', governorate: 'Latakia', killed: 7, wounded: null }]);
  });
});

describe("a source's toll of the event just told, named by its definite name", () => {
  it('"said six people were killed in the strikes near the town of X": the strikes told in the country, placed', () => {
    expect(
      incidents(
        [
          'Israeli missiles struck targets in western Syria late on Friday, killing two soldiers, state media said.',
          'A war monitor said six people were killed in the strikes near the town of Qardaha, most of them militiamen loyal to Iran.',
        ],
        'en',
        '2022-09-17',
      ),
    ).toEqual([{ from: '2022-09-16', to: '2022-09-16', governorate: 'Latakia', killed: 2, wounded: null }]);
  });
  it('"وقال المرصد إن ستة قتلوا في الغارات قرب مدينة X": the same, in Arabic', () => {
    expect(
      ingested(
        'غارات إسرائيلية على غرب سوريا',
        [
          'قتل جنديان، مساء الجمعة، بغارات إسرائيلية على مواقع في غرب سوريا، بحسب ما أفادت وسائل الإعلام الرسمية.',
          'وقال المرصد السوري إن ستة أشخاص قتلوا في الغارات قرب مدينة القرداحة، معظمهم من المسلحين الموالين لإيران.',
        ],
        '2022-09-17',
      ),
    ).toEqual([{ from: '2022-09-16', to: '2022-09-16', governorate: 'Latakia', killed: 2, wounded: null }]);
  });
  it('"confirmed the attack but said only two of its fighters had died": that source\'s count of it', () => {
    expect(
      ingested(
        'Car bomb kills six militiamen near Manbij: monitor',
        [
          'A car bomb killed six members of a local militia at a checkpoint outside the town of Manbij on Wednesday, a monitoring group said.',
          'Between two and four other fighters were wounded, and the bomber also died, the monitor said.',
          'A spokesman for the militia confirmed the attack but said only two of its fighters had died.',
        ],
        '2016-08-11',
      ),
    ).toEqual([
      {
        from: '2016-08-10',
        to: '2016-08-10',
        governorate: 'Aleppo',
        killed: 6,
        wounded: { low: 2, high: 4 },
      },
    ]);
  });
  it('"وأكد متحدث باسم الفصيل وقوع الهجوم، لكنه قال إن اثنين فقط قتلوا": the same, in Arabic', () => {
    expect(
      ingested(
        'مقتل ستة عناصر من فصيل محلي بتفجير في منبج',
        [
          'قتل ستة عناصر من فصيل محلي، اليوم الأربعاء، بتفجير سيارة مفخخة عند حاجز على مدخل مدينة منبج، بحسب المرصد السوري.',
          'وأصيب ثلاثة آخرون بجروح، بحسب المرصد.',
          'وأكد متحدث باسم الفصيل وقوع الهجوم، لكنه قال إن اثنين فقط من مقاتليه قتلوا.',
        ],
        '2016-08-10',
      ),
    ).toEqual([{ from: '2016-08-10', to: '2016-08-10', governorate: 'Aleppo', killed: 6, wounded: 3 }]);
  });
});

describe('a strike told as what the air defences of the side it hit did', () => {
  it('"said air defences intercepted most of the missiles and that three soldiers were wounded": its wounded', () => {
    expect(
      incidents(
        [
          'Air strikes on the outskirts of Hama killed four fighters of an Iran-backed group overnight, a war monitor said.',
          'The state news agency, citing a military source, said air defences intercepted most of the missiles and that three soldiers were wounded.',
        ],
        'en',
        '2023-05-09',
      ),
    ).toEqual([{ from: '2023-05-08', to: '2023-05-09', governorate: 'Hama', killed: 4, wounded: 3 }]);
  });
  it('"وقال مصدر عسكري إن وسائط دفاعنا الجوي تصدت للصواريخ، مشيراً إلى إصابة مدنيين اثنين": the same, in Arabic', () => {
    expect(
      ingested(
        'مقتل أربعة مقاتلين بغارات إسرائيلية على ريف حماة',
        [
          'قتل أربعة مقاتلين من مجموعة موالية لإيران، فجر اليوم، بغارات إسرائيلية على مواقع في ريف حماة الغربي، بحسب المرصد السوري.',
          'وقال المرصد إن القتلى بينهم قيادي.',
          'وقال مصدر عسكري إن وسائط دفاعنا الجوي تصدت للصواريخ المعادية وأسقطت معظمها، مشيراً إلى إصابة مدنيين اثنين بجروح.',
        ],
        '2023-05-09',
      ),
    ).toEqual([{ from: '2023-05-09', to: '2023-05-09', governorate: 'Hama', killed: 4, wounded: 2 }]);
  });
});

describe('the other kind of casualty, told in the lead with a side of a city as where it was', () => {
  it('"قتل خمسة من عناصر صحوة اليوسفية، وأصيب ثمانية آخرون … في الناحية الواقعة جنوب بغداد": one blow', () => {
    expect(
      ingested(
        'هجوم انتحاري على مقر صحوة اليوسفية',
        [
          'قتل خمسة من عناصر مجلس صحوة اليوسفية، وأصيب ثمانية آخرون بجروح، مساء أمس الأحد، بهجوم انتحاري استهدف مقر المجلس في الناحية الواقعة على بعد 20 كم جنوب بغداد.',
          'وقال مصدر في الشرطة إن الانتحاري كان يرتدي حزاماً ناسفاً.',
        ],
        '2009-03-16',
      ),
    ).toEqual([{ from: '2009-03-15', to: '2009-03-15', governorate: 'Baghdad', killed: 5, wounded: 8 }]);
  });
  it('"Four policemen of Taji were killed, and nine others were wounded … north of Baghdad": the same, in English', () => {
    expect(
      ingested(
        'Bomber hits police in Taji',
        [
          'Four policemen of the Taji police station were killed, and nine others were wounded on Sunday evening when a suicide bomber struck a checkpoint in the town some 20 km north of Baghdad, police said.',
        ],
        '2009-03-16',
      ),
    ).toEqual([{ from: '2009-03-15', to: '2009-03-15', governorate: 'Baghdad', killed: 4, wounded: 9 }]);
  });
});
