// Rules from the fxplaces21 round (issue 12, places): towns of eastern Homs, Baghdad's northern belt,
// al-Hasakah and al-Qadisiyah the gazetteer lacked or knew only by another spelling; a background
// clause ("these developments come as…") that carried another province into an unplaced event; "the
// town" pointing back at a capital named as a governorate; a mine's unsplit toll read as who laid a
// device; the side a bomb hit striking from the air afterwards. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/places/resolve.js';
import { ingested } from '../support/tolls.js';

const governorateOf = (sentence: string, lang: 'ar' | 'en') =>
  resolvePlace(sentence, lang)?.governorate?.en ?? null;
const localityOf = (sentence: string, lang: 'ar' | 'en') =>
  resolvePlace(sentence, lang)?.locality?.en ?? null;

describe('towns the gazetteer now knows, with the spellings real copy uses', () => {
  it('places Sadad, Saddad and صدد in Homs', () => {
    expect(localityOf('Two soldiers were killed by sniper fire in Saddad on Sunday.', 'en')).toBe('Sadad');
    expect(governorateOf('Mortar rounds landed in Sadad late on Monday.', 'en')).toBe('Homs');
    expect(localityOf('سقطت ثلاث قذائف على بلدة صدد صباح اليوم.', 'ar')).toBe('Sadad');
  });

  it('never reads "بصدد" (about to) or "في هذا الصدد" as the town', () => {
    expect(resolvePlace('قال المسؤول إن الوزارة بصدد إعداد خطة جديدة للنقل.', 'ar')).toBeNull();
    expect(resolvePlace('وأضاف في هذا الصدد أن العمل مستمر.', 'ar')).toBeNull();
  });

  it('knows Mahin as Mheen and Maheen, and Huwwarin as Hawarin', () => {
    expect(localityOf('Troops pushed toward Mheen after dawn.', 'en')).toBe('Mahin');
    expect(localityOf('Jets struck positions around Maheen on Friday.', 'en')).toBe('Mahin');
    expect(localityOf('Barrel bombs fell on Hawarin overnight.', 'en')).toBe('Huwwarin');
  });

  it('places Mushahada in Baghdad, and the word "المشاهدة" only with a cue', () => {
    expect(governorateOf('A bomb wounded three people in Mishahda on Friday.', 'en')).toBe('Baghdad');
    expect(resolvePlace('هاجم مسلحون نقطة تفتيش شرق ناحية المشاهدة ليلاً.', 'ar')?.district?.en).toBe(
      'Tarmiyah',
    );
    expect(resolvePlace('ارتفعت نسبة المشاهدة للبرنامج هذا العام.', 'ar')).toBeNull();
  });

  it('places bare Shamiyah, told as a town, in al-Qadisiyah', () => {
    expect(governorateOf('A blast hit a warehouse near the town of Shamiyah on Tuesday.', 'en')).toBe(
      'Qadisiyah',
    );
  });

  it('places Tal Baydar in al-Hasakah', () => {
    expect(governorateOf('انفجرت عبوة قرب قرية تل بيدر مساء أمس.', 'ar')).toBe('Hasakah');
  });
});

describe('"وتأتي هذه التطورات في وقت…", "These developments come as…": background, not the event before', () => {
  it('keeps an earlier unplaced blast out of the province the background names', () => {
    const rows = ingested(
      'مقتل شرطي بانفجار لغم على طريق تل بيدر',
      [
        'قُتل شرطي، صباح اليوم الأحد، بانفجار لغم أرضي على الطريق بين الحسكة وقرية تل بيدر.',
        'وهذا ثالث انفجار على الطريق نفسه خلال شهر، إذ أصيب اثنان بانفجار مماثل في 10 آذار الجاري.',
        'وتأتي هذه التطورات في وقت تقترب فيه قوات سوريا الديمقراطية من إعلان السيطرة الكاملة على مدينة الرقة، بعد أشهر من المعارك.',
      ],
      '2019-03-24',
      'ar',
    );
    expect(rows.map((r) => r.governorate)).toEqual(['Hasakah', 'Hasakah']);
  });
});

describe('"للبلدة", "أطراف القرية": a town pointed back at, not a governorate told alone', () => {
  it('places the shelling by the title town, not by the capital the sentence before named', () => {
    const rows = ingested(
      'قصف على بلدة صدد يقتل مزارعاً',
      [
        'وصدرت أمس أحكام عن محكمة الجنايات في دمشق بحق عشرة أشخاص.',
        'وفي سياق آخر، قُتل مزارع وجُرحت زوجته مساء أمس الأحد، بقذيفة أطلقت من تلال قريبة، سقطت على المزارع الغربية للبلدة.',
      ],
      '2019-03-25',
      'ar',
    );
    expect(rows.filter((r) => r.killed === 1).map((r) => r.governorate)).toEqual(['Homs']);
  });
});

describe('"قتل وجرح خمسة بانفجار لغم، دون أن تتضح الجهة التي زرعت اللغم": a blast of its own', () => {
  it('drafts the mine with its unsplit toll apart from the shelling before it', () => {
    const rows = ingested(
      'قصف وانفجار لغم في ريف حمص',
      [
        'قُتل مزارع، مساء أمس الأحد، بقصف مدفعي استهدف أطراف بلدة صدد في ريف حمص.',
        'كما قتل وجرح ستة من عناصر الفصائل بانفجار لغم أرضي بسيارتهم في بادية حمص، دون أن تتضح الجهة التي زرعت اللغم.',
      ],
      '2019-03-25',
      'ar',
    );
    expect(rows.length).toBe(2);
  });
});

describe('the side a bomb hit striking from the air afterwards: another event', () => {
  it('keeps an army air strike that counts its dead loosely apart from the car bomb it followed', () => {
    const rows = ingested(
      'تفجير انتحاري قرب المشاهدة',
      [
        'فجر انتحاري سيارة مفخخة صباح اليوم عند حاجز للجيش على الطريق بين المشاهدة والتاجي، ما أدى إلى مقتل أربعة جنود.',
        'من جهته، قال بيان عسكري إن طيران الجيش قصف اليوم تجمعات للمسلحين في قضاء الطارمية، وقتل العشرات منهم.',
      ],
      '2019-03-25',
      'ar',
    );
    expect(rows.length).toBe(2);
  });
});
