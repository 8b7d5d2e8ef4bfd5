// Rules found on one event's toll told in parts (issue 12, fixer fxsources7): the "others" a later
// clause counts beside the dead of the clause before, at a spot and on a day it names sharper; the
// blow just told named back as a sentence's subject with the wounded it lacked, at a town inside the
// region it was told at; the dead found of those an event took; where a teller lives; the outlet told
// after a longer teller. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"قتل أربعة، وجرح 9 آخرون، أمس، … عند مدخل المدينة من جهة قرية X": the others beside the dead', () => {
  it('keeps the wounded others with the dead of the clause before, on the day the later clause gives', () => {
    expect(
      rows(
        'انفجار دراجة مفخخة في منبج',
        [
          'وفي منبج، قُتل أربعة مدنيين، بينهم امرأة، وجُرح 9 آخرون، أمس الجمعة، جراء انفجار دراجة نارية مفخخة عند مدخل المدينة من جهة قرية العريمة، بحسب مصادر محلية.',
        ],
        '2020-03-07',
      ),
    ).toEqual([['2020-03-06', '2020-03-06', 'Aleppo', 4, 9]]);
  });

  it('still tells apart a clause of its own at another town, with no others', () => {
    expect(
      rows(
        'قصف على ريف إدلب',
        ['قُتل ثلاثة مدنيين بقصف على بلدة كفرنبل، فيما أصيب أربعة أطفال بقصف على مدينة سراقب أمس الأحد.'],
        '2019-05-13',
      ).length,
    ).toBe(2);
  });
});

describe('"The strikes hit a market in the town of X, adding that 14 people were wounded": the blow named back', () => {
  it('adds the wounded to the strikes told, at the town it names', () => {
    expect(
      rows(
        'Strikes kill civilians in Idlib',
        [
          'Government air strikes killed at least five civilians late Sunday in the Jabal al-Zawiya region of southern Idlib, a monitor said.',
          'The strikes hit a market in the town of Kafr Nabl, the monitor said, adding that 14 people were wounded.',
        ],
        '2019-05-13',
      ),
    ).toEqual([['2019-05-12', '2019-05-12', 'Idlib', 5, 14]]);
  });
});

describe('"killed a shepherd and abducted two others … The bodies of the two abducted men were found": the taken, found dead', () => {
  it('adds the bodies of those taken to the dead of the event that took them', () => {
    expect(
      rows(
        'Gunmen kill three farmers near Tuz Khurmatu',
        [
          'Gunmen killed a farmer and abducted two of his sons late on Tuesday near the town of Tuz Khurmatu, a police officer said. The bodies of the two abducted men were found in an orchard the next day.',
        ],
        '2020-06-11',
      ),
    ).toEqual([['2020-06-09', '2020-06-10', 'Salahuddin', 3, null]]);
  });

  it('counts them once where the event told them killed already', () => {
    expect(
      rows(
        'مقتل راعيين في كركوك',
        [
          'اختطف مسلحون راعيين اثنين وقتلوهما مساء أمس الأحد في قرية تابعة لقضاء الدبس شمال غربي كركوك، بحسب مصدر أمني.',
          'وأضاف المصدر أن دورية عثرت على جثتي الراعيين المختطفين صباح اليوم.',
        ],
        '2021-02-08',
      ).map((r) => r[3]),
    ).toEqual([2]);
  });
});

describe('"said the council member, who is from X but now lives in Baghdad": where the teller lives', () => {
  it("keeps the toll told by such a teller at the event's town", () => {
    expect(
      rows(
        'Mortar fire on Fallujah kills nine',
        [
          'Mortar rounds hit a residential street in Fallujah on Monday evening, a local official said.',
          '"Nine people were killed and 14 wounded, most of them children," said the official, who is from Fallujah but now lives in Erbil.',
        ],
        '2016-02-16',
      ),
    ).toEqual([['2016-02-15', '2016-02-15', 'Anbar', 9, 14]]);
  });
});

describe('"وقال مصدر في الشرطة الاتحادية لـ(بغداد اليوم)": the outlet told, after a teller of four words', () => {
  it('does not place the toll at the city the outlet is named after', () => {
    expect(
      rows(
        'هجوم على مقر للشرطة في خانقين',
        [
          'أعلنت مصادر أمنية في محافظة ديالى، اليوم، تفاصيل الهجوم الذي شنه مسلحون من داعش على مقر للشرطة الاتحادية في قرية تابعة لقضاء خانقين.',
          'وقال مصدر في الشرطة الاتحادية لـ(بغداد اليوم)، إن "مجموعة مسلحة هاجمت ليلة الاثنين على الثلاثاء مقراً للفوج الثالث في القرية، ما أدى إلى مقتل منتسبين اثنين وإصابة ثالث".',
        ],
        '2019-05-14',
      ),
    ).toEqual([['2019-05-13', '2019-05-14', 'Diyala', 2, 1]]);
  });
});
