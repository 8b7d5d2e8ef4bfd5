// Rules found on days told by a feast, a truce's start or a capture made complete (issue 12, fixer
// fxdates32); each on sentences written for it, through the whole pipeline (`ingest`).
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"للهدنة …، التي بدأ سريانها مع مغيب شمس أول أيام العيد": the truce\'s start, not the blow\'s day', () => {
  it('dates the blow by the feast day told after the truce', () => {
    expect(
      rows(
        'خروقات للهدنة في ريف إدلب',
        [
          'وثق ناشطون خروقات جديدة للهدنة التركية الروسية، التي بدأ سريانها مع مغيب شمس أول أيام عيد الأضحى، حيث قتل ثلاثة مدنيين جراء قصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي، في ثاني أيام عيد الأضحى.',
        ],
        '2019-08-14',
      ),
    ).toEqual([['2019-08-12', '2019-08-12', 'Idlib', 3, null]]);
  });
});

describe('"يوم عرفة", "the Day of Arafah": the eve of Eid al-Adha', () => {
  it('dates an Arabic toll told on the Day of Arafah', () => {
    expect(
      rows(
        'قتلى بقصف في ريف درعا',
        ['قتل ثلاثة مدنيين جراء قصف مدفعي على بلدة طفس في ريف درعا الغربي يوم عرفة، بحسب ناشطين.'],
        '2019-08-14',
      ),
    ).toEqual([['2019-08-10', '2019-08-10', 'Daraa', 3, null]]);
  });

  it('dates an English toll told on the Day of Arafah', () => {
    expect(
      rows(
        'Shelling kills three in Daraa',
        [
          'Government shelling killed three civilians in the town of Tafas in Daraa province on the Day of Arafah, activists said.',
        ],
        '2019-08-14',
      ),
    ).toEqual([['2019-08-10', '2019-08-10', 'Daraa', 3, null]]);
  });
});

describe('"أحكمت سيطرتها على البلدة مساء أمس": the capture just told, made complete, dates it', () => {
  it('dates an undated Arabic lead by the evening its control was completed', () => {
    expect(
      rows(
        'الجيش يستعيد بلدة في ريف إدلب',
        [
          'استعادت وحدات من الجيش السيطرة على بلدة التمانعة في ريف إدلب الجنوبي بعد معارك عنيفة مع المسلحين قتل فيها 12 مسلحاً.',
          'وقال مصدر عسكري إن الوحدات أحكمت سيطرتها على البلدة مساء أمس بعد تمشيط المزارع المحيطة بها.',
        ],
        '2019-08-14',
      ),
    ).toEqual([['2019-08-13', '2019-08-13', 'Idlib', 12, null]]);
  });

  it('dates an undated English lead by the day troops took full control', () => {
    expect(
      rows(
        'Army retakes town in Idlib',
        [
          'Syrian troops recaptured the town of Tamanaa in southern Idlib after heavy fighting that killed 12 militants, state media said.',
          'Troops took full control of the town on Tuesday after clearing the farms around it, a military source said.',
        ],
        '2019-08-15',
      ),
    ).toEqual([['2019-08-13', '2019-08-13', 'Idlib', 12, null]]);
  });
});
