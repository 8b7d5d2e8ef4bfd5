// Rules from the fxnodraft17–18 rounds (issue 12, gold incidents never drafted): the same doers going
// on in a clause that names no place, at the place the clause before named as where they were (never
// where they came from or what it borders); and the bodies of some of
// those just taken, the taking's dead; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the same doers go on after a comma: the deed at the place the clause before named', () => {
  it('"اقتحم مسلحون منزلاً في قرية … بمحافظة ديالى ليلة الأربعاء، وقتلوا خمسة من أفراد عائلة واحدة"', () => {
    expect(
      ingested(
        'هجوم على منزل',
        [
          'اقتحم مسلحون مجهولون منزلاً في قرية الحويش التابعة لقضاء الخالص بمحافظة ديالى ليلة الأربعاء، وقتلوا خمسة من أفراد عائلة واحدة.',
        ],
        '2007-03-15',
      ),
    ).toEqual([{ from: '2007-03-14', to: '2007-03-15', governorate: 'Diyala', killed: 5, wounded: null }]);
  });
});

describe('the same doers go on only at the place where the clause before had them, not where they came from', () => {
  it('"اقتحم مسلحون منزلاً في حي … في بغداد ليلة السبت، وقتلوا عشرة رجال"', () => {
    expect(
      ingested(
        'مقتل عشرة رجال',
        ['اقتحم مسلحون منزلاً في حي الجهاد في بغداد ليلة السبت، وقتلوا عشرة رجال.'],
        '2006-07-09',
      ),
    ).toEqual([{ from: '2006-07-08', to: '2006-07-09', governorate: 'Baghdad', killed: 10, wounded: null }]);
  });

  const lead = 'قتل أربعة من حراس المنشآت بهجوم على نقطة حراسة في قضاء بيجي شمال تكريت، اليوم الأحد.';

  it('"تسللت مجموعة إلى نقطة قرب وادٍ المحاذي للحدود الإدارية لمحافظة الأنبار، واشتبكت": the border named is no place of the deed', () => {
    const drafted = ingested(
      'هجوم على نقطة',
      [
        lead,
        'وقال مصدر إن "مجموعة مسلحة تسللت فجر اليوم إلى نقطة قرب وادي المالح المحاذي للحدود الإدارية لمحافظة الأنبار، واشتبكت مع الحراس".',
      ],
      '2015-02-08',
    );
    expect(drafted.map((d) => d.governorate)).toEqual(['Salahuddin']);
  });

  it('"قال المتحدث في مؤتمر صحفي عقده ببغداد إن القوات دخلت القضاء، وقتلت ستة": the speaker’s place is no place of the deed', () => {
    const drafted = ingested(
      'هجوم على نقطة',
      [
        lead,
        'وقال المتحدث باسم الشرطة، في مؤتمر صحفي عقده ببغداد، إن "القوات دخلت القضاء من محورين، وقتلت ستة مسلحين".',
      ],
      '2015-02-08',
    );
    expect(drafted.map((d) => d.governorate)).toEqual(['Salahuddin']);
  });
});

describe('troops go on after a comma, their verb feminine: the clash at the place the clause before named', () => {
  it('"تمكنت قطعاتها فجر اليوم من إحباط محاولة تسلل … قرب قضاء الرطبة غربي الأنبار، واشتبكت مع المتسللين ما أدى إلى مقتل ثلاثة منهم"', () => {
    expect(
      ingested(
        'إحباط تسلل',
        [
          'وأعلنت قيادة قوات الحدود أن قطعاتها تمكنت فجر اليوم من إحباط محاولة تسلل عبر الشريط الحدودي قرب قضاء الرطبة غربي الأنبار، واشتبكت مع المتسللين ما أدى إلى مقتل ثلاثة منهم.',
        ],
        '2020-03-10',
      ),
    ).toEqual([{ from: '2020-03-10', to: '2020-03-10', governorate: 'Anbar', killed: 3, wounded: null }]);
  });
});

describe('the bodies of some of those just taken: the taking’s dead, one event to the finding', () => {
  it('"اختطف مسلحون سبعة عمال …"، then "عثرت دورية صباح اليوم على جثث ثلاثة من المختطفين"', () => {
    expect(
      ingested(
        'اختطاف عمال في ديالى',
        [
          'اختطف مسلحون مجهولون سبعة عمال في قضاء المقدادية بمحافظة ديالى مساء الأربعاء.',
          'وأفادت الشرطة بأن دورية عثرت صباح اليوم على جثث ثلاثة من المختطفين قرب بستان مهجور.',
        ],
        '2007-03-15',
      ),
    ).toEqual([{ from: '2007-03-14', to: '2007-03-15', governorate: 'Diyala', killed: 3, wounded: null }]);
  });

  it('"Gunmen kidnapped six truck drivers … on Tuesday", then "Police found the bodies of four of them on Thursday"', () => {
    expect(
      ingested(
        'Drivers kidnapped',
        [
          'Gunmen kidnapped six truck drivers on a road near Tuz Khurmatu in Salahuddin province on Tuesday, police said.',
          'Police found the bodies of four of them on Thursday morning near a dry riverbed.',
        ],
        '2007-03-15',
      ),
    ).toEqual([
      { from: '2007-03-13', to: '2007-03-15', governorate: 'Salahuddin', killed: 4, wounded: null },
    ]);
  });
});
