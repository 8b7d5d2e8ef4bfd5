// The fight nouns and the ways of placing dead in a fight, shared by the rules that read a fight named
// back: each rule knows the same nouns ("الاقتتال" too) and the same prepositions ("جراء", "إثر").
import { describe, expect, it } from 'vitest';
import {
  FIGHT_NAMED_BACK_AR,
  FIGHT_NOUNS_EN,
  FIGHT_WORDS_AR,
} from '../../src/intake/attackers/fight-nouns.js';
import { foeCountsOwn } from '../../src/intake/attackers/foe-counts-own.js';
import { killedAndLost } from '../../src/intake/casualties/killed-and-lost.js';
import { sideInTheFight } from '../../src/intake/attackers/side-in-the-fight.js';
import { duringTheFightTold } from '../../src/intake/places/during-the-fight.js';
import { matchView } from '../../src/intake/reading/view.js';

const namedBack = (text: string): boolean => new RegExp(FIGHT_NAMED_BACK_AR, 'u').test(matchView(text).text);

describe('a fight named back by its definite noun', () => {
  it('is placed by any of the prepositions, hamza written or not', () => {
    for (const text of [
      'خلال الاشتباكات',
      'أثناء المعارك',
      'اثناء المواجهات',
      'جراء الاقتتال',
      'إثر المعركة',
      'في الاشتباك',
    ])
      expect(namedBack(`وأصيب ثلاثة ${text} الأخيرة`), text).toBe(true);
  });

  it('is not a new fight told by an indefinite noun, nor a noun inside a longer word', () => {
    expect(namedBack('قتل خمسة في اشتباكات مع مسلحين')).toBe(false);
    expect(namedBack('خلال المعاركة')).toBe(false);
    expect(namedBack('بعد المعارك')).toBe(false);
  });

  it('is read alike by the side told in the fight and the wounded of the fight', () => {
    const side = 'فيما ارتقى أربعة من المقاتلين جراء الاقتتال';
    expect(sideInTheFight(matchView(side).text)).toBe(true);
    expect(duringTheFightTold(matchView('كما أصيب سبعة مدنيين إثر الاقتتال').text)).toBe(true);
  });
});

describe('the fight words token readers compare', () => {
  it('hold each noun with and without the article', () => {
    expect(FIGHT_WORDS_AR).toContain('اقتتال');
    expect(FIGHT_WORDS_AR).toContain('الاقتتال');
    expect(FIGHT_WORDS_AR).toContain('المعركة');
    expect(FIGHT_WORDS_AR).toHaveLength(12);
  });
});

describe('the English fight nouns', () => {
  const isFightNoun = (word: string): boolean => new RegExp(`^${FIGHT_NOUNS_EN}$`, 'u').test(word);

  it('name a fight in every spelling outlets use', () => {
    for (const word of [
      'fighting',
      'clash',
      'clashes',
      'battle',
      'battles',
      'gunfight',
      'firefights',
      'gun battle',
      'gunbattles',
      'shootout',
    ])
      expect(isFightNoun(word), word).toBe(true);
    for (const word of ['clashed', 'battlefield', 'fight', 'shooting'])
      expect(isFightNoun(word), word).toBe(false);
  });

  it('are read alike by the rules that place men in a fight', () => {
    // each spelling, not only the one a rule was first written for
    for (const fight of ['a gunbattle', 'the battles', 'the shootouts', 'a fire fight']) {
      expect(killedAndLost(`police killed three smugglers and lost one officer in ${fight}`), fight).toBe(
        true,
      );
    }
    const source = 'at least nine fighters were killed in a shootout with the Hashd al-Shaabi near Tuz';
    expect(
      foeCountsOwn(source, 'a Hashd al-Shaabi spokesman said three of its fighters had been killed'),
    ).toBe(true);
  });
});
