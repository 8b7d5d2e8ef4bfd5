// Rules from the fxcounts6 round (issue 12, a count the article gives that the draft did not read):
// the feminine plural of the verbs of harm ("قتلن", "أصبن"), a definite one before a plural verb
// that is no part of its count, who one of those counted is told aside (English), a name and an age
// between one person and his verb (Arabic), a feast day told between the verb and its object, and
// the noun of eliminating before a count ("القضاء على"), and the attackers of an attack fought off
// as its dead where no victim is told beside them; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the feminine plural of the verbs of harm', () => {
  it('"ثلاث نساء قد قتلن": three dead', () => {
    expect(
      ingested(
        'غارة على ريف حماة',
        ['وكانت ثلاث نساء قد قتلن مساء أمس الأحد بغارة جوية على أطراف بلدة كفرزيتا في ريف حماة الشمالي.'],
        '2019-05-13',
      ),
    ).toEqual([{ from: '2019-05-12', to: '2019-05-12', governorate: 'Hama', killed: 3, wounded: null }]);
  });

  it('"امرأتين أصبن بجروح": two wounded', () => {
    expect(
      ingested(
        'قذيفة على ريف إدلب',
        ['قال ناشطون إن امرأتين أصبن بجروح عصر اليوم الاثنين بقذيفة سقطت على منزل في بلدة سرمين بريف إدلب.'],
        '2019-05-13',
      ),
    ).toEqual([{ from: '2019-05-13', to: '2019-05-13', governorate: 'Idlib', killed: null, wounded: 2 }]);
  });
});

describe('a definite one before a plural or dual verb is not its count', () => {
  it('"قال الدفاع المدني إن مدنيَّين قتلا": two dead, not the one of the teller\'s name', () => {
    expect(
      ingested(
        'قصف على ريف إدلب',
        ['وقال الدفاع المدني إن مدنيَّين قتلا ظهر اليوم الاثنين بقصف مدفعي على مدينة سراقب شرقي إدلب.'],
        '2019-05-13',
      ),
    ).toEqual([{ from: '2019-05-13', to: '2019-05-13', governorate: 'Idlib', killed: 2, wounded: null }]);
  });
});

describe('who one of those counted is, told aside between commas, with more of them after (English)', () => {
  it('"killing a farmer, Ali Hasan, 52, his wife and their daughter": three dead', () => {
    expect(
      ingested(
        'Mine kills family in Deir ez-Zor',
        [
          'A mine left over from the fighting exploded under a tractor near the town of al-Mayadin in Deir ez-Zor on Sunday, killing a farmer, Ali Hasan, 52, his wife and their daughter.',
        ],
        '2019-03-04',
      ),
    ).toEqual([
      { from: '2019-03-03', to: '2019-03-03', governorate: 'Deir ez-Zor', killed: 3, wounded: null },
    ]);
  });
});

describe('a name and an age between one person and a singular verb of harm (Arabic)', () => {
  it('"أن الشاب محمد الخلف (19 عاماً) قتل": one dead', () => {
    expect(
      ingested(
        'مقتل شاب برصاص قناص في ريف دير الزور',
        [
          'وأفاد ناشط من المنطقة بأن الشاب محمد الخلف (19 عاماً) قتل مساء اليوم الأحد برصاص قناص في بلدة الشعفة بريف دير الزور الشرقي.',
        ],
        '2018-11-25',
      ),
    ).toEqual([
      { from: '2018-11-25', to: '2018-11-25', governorate: 'Deir ez-Zor', killed: 1, wounded: null },
    ]);
  });
});

describe('a feast day told between the verb and its object', () => {
  it('"أعدم التنظيم أمس، ثاني أيام عيد الفطر، ثلاثة رجال": three dead', () => {
    expect(
      ingested(
        'إعدامات في ريف دير الزور',
        [
          'أعدم تنظيم داعش أمس، ثاني أيام عيد الفطر، ثلاثة رجال رمياً بالرصاص في ساحة بلدة الشحيل بريف دير الزور الشرقي.',
        ],
        '2016-07-08',
      ).map((x) => x.killed),
    ).toEqual([3]);
  });
});

describe('the noun of eliminating before a count', () => {
  it('"أسفرت العمليات عن القضاء على 45 إرهابياً": 45 dead', () => {
    expect(
      ingested(
        'الجيش يتقدم في ريف حمص الشرقي',
        [
          'وأوضح مصدر عسكري أن العمليات التي نفذتها وحدات الجيش أمس الثلاثاء في محيط مدينة السخنة بريف حمص الشرقي أسفرت عن القضاء على 45 إرهابياً وتدمير عدد من آلياتهم.',
        ],
        '2017-08-02',
      ),
    ).toEqual([{ from: '2017-08-01', to: '2017-08-01', governorate: 'Homs', killed: 45, wounded: null }]);
  });

  it('"القضاء على الإرهاب", no count after it: no dead', () => {
    expect(
      ingested(
        'الجيش يتقدم في ريف حمص الشرقي',
        [
          'وقصفت وحدات الجيش أمس الثلاثاء مواقع المسلحين في محيط مدينة السخنة بريف حمص الشرقي، في إطار عملياتها الهادفة إلى القضاء على الإرهاب.',
        ],
        '2017-08-02',
      ).map((x) => x.killed),
    ).toEqual([null]);
  });
});

describe('an attack fought off whose only dead are its attackers', () => {
  it('"صدت القوات هجوماً لمسلحي داعش … وقتلت 9 من المهاجمين": nine dead', () => {
    expect(
      ingested(
        'صد هجوم لداعش غربي الأنبار',
        [
          'قال مصدر أمني إن قوات الجيش صدت هجوماً لمسلحي داعش على قرية في قضاء عنه غربي الأنبار فجر اليوم الثلاثاء، وقتلت 9 من المهاجمين، دون خسائر في صفوفها.',
        ],
        '2016-03-08',
      ),
    ).toEqual([{ from: '2016-03-08', to: '2016-03-08', governorate: 'Anbar', killed: 9, wounded: null }]);
  });
});
