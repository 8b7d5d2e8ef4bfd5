import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';

describe('findCasualties: ranges are kept as { low, high }, never summed or cut to one end', () => {
  it.each([
    ['Between 3 and 5 civilians were killed in the blast', 'en', { low: 3, high: 5 }, null],
    ['A car bomb killed 3-5 people and wounded 10', 'en', { low: 3, high: 5 }, 10],
    ['the shelling killed from three to five people', 'en', { low: 3, high: 5 }, null],
    ['قتل من 3 إلى 5 مدنيين بانفجار عبوة', 'ar', { low: 3, high: 5 }, null],
    ['أسفر الهجوم عن مقتل ما بين ثلاثة وخمسة أشخاص', 'ar', { low: 3, high: 5 }, null],
    // two verbs' counts joined by "and" are not a range
    ['killed 3 and wounded 5', 'en', 3, 5],
  ] as const)('%s', (text, lang, killed, wounded) => {
    expect(findCasualties(matchView(text), lang)).toEqual({ killed, wounded, attackersKilled: null });
  });
});

describe('findCasualties', () => {
  it.each([
    ['مقتل ثلاثة من مقاتلي الحشد العشائري وإصابة اثنين آخرين بهجوم', 'ar', 3, 2],
    ['أصيب أربعة جنود من الجيش العراقي بانفجار عبوة ناسفة', 'ar', null, 4],
    ['أسفرت عن مقتل أحد كبار الممولين لداعش', 'ar', 1, null],
    ['قُتل ثلاثة رجال وأحرقوا في قرية', 'ar', 3, null],
    ['إلى مقتل أربعة من رجال الشرطة وإصابة ثلاثة آخرين', 'ar', 4, 3],
    ['مقتل امرأة وطفلين', 'ar', 3, null],
    ['قتل جنديان وأصيب منتسبان', 'ar', 2, 2],
    ['سقوط 5 قتلى و 3 جرحى', 'ar', 5, 3],
    ['لقي ثلاثة جنود حتفهم', 'ar', 3, null],
    ['Two children were killed and three other people wounded on Saturday', 'en', 2, 3],
    ['gunmen attacked a bus, killing nine people, according to a monitor', 'en', 9, null],
    ['gunmen killed a village mukhtar and wounded two others', 'en', 1, 2],
    ['At least 12 people were killed and 30 injured', 'en', 12, 30],
    ['Four Iraqi policemen were killed and two others wounded', 'en', 4, 2],
    ['the wounded, among them a woman, were taken to hospital', 'en', null, null],
    ['the attack left no trace', 'en', null, null],
    ['قُتل عنصران من قسد وأصيب ثالث', 'ar', 2, 1],
    ['أسفر الانفجار عن مقتل وإصابة 7 أشخاص', 'ar', null, null],
    ['five people were killed or wounded', 'en', null, null],
    ['Two border guards were killed and a third was injured', 'en', 2, 1],
    ['اغتالت أواخر الشهر الماضي مختار قرية', 'ar', 1, null],
  ] as const)('%s', (text, lang, killed, wounded) => {
    expect(findCasualties(matchView(text), lang)).toEqual({ killed, wounded, attackersKilled: null });
  });
});

describe('findCasualties: attackers killed are kept apart from the victims', () => {
  it.each([
    [
      'ISIS gunmen killed two civilians, and security forces killed three of the attackers',
      'en',
      { killed: 2, wounded: null, attackersKilled: 3 },
    ],
    [
      'Two of the attackers were killed in the clash',
      'en',
      { killed: null, wounded: null, attackersKilled: 2 },
    ],
    ['troops killed three militants in a raid', 'en', { killed: null, wounded: null, attackersKilled: 3 }],
    [
      'فقتلوا مدنيين اثنين، وقتلت القوات الأمنية ثلاثة من المهاجمين',
      'ar',
      { killed: 2, wounded: null, attackersKilled: 3 },
    ],
    // the attackers joined to the victims by "and"/"و" are not added to them
    [
      'the gunmen opened fire, killing two soldiers, and three of the attackers were killed in the exchange',
      'en',
      { killed: 2, wounded: null, attackersKilled: 3 },
    ],
    [
      'a blast at the market killed four shoppers and two of the bombers',
      'en',
      { killed: 4, wounded: null, attackersKilled: 2 },
    ],
    [
      'أسفر الاشتباك عن مقتل جنديين وثلاثة من المهاجمين',
      'ar',
      { killed: 2, wounded: null, attackersKilled: 3 },
    ],
    // victims joined to victims still add up
    ['the blast killed two children and a woman', 'en', { killed: 3, wounded: null, attackersKilled: null }],
  ] as const)('%s', (text, lang, expected) => {
    expect(findCasualties(matchView(text), lang)).toEqual(expected);
  });
});
