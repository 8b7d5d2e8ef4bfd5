import { describe, expect, it } from 'vitest';
import { splitRawArticle } from '../../src/intake/article/raw-article.js';
import { splitClauses, splitSentences } from '../../src/intake/article/sentences.js';
import { detectLanguage } from '../../src/intake/article/language.js';

describe('splitSentences', () => {
  it.each([
    [
      'قال المصدر إن الهجوم وقع ليلاً. هل هذا صحيح؟ نعم؛ بالتأكيد.',
      'ar',
      ['قال المصدر إن الهجوم وقع ليلاً.', 'هل هذا صحيح؟', 'نعم؛', 'بالتأكيد.'],
    ],
    [
      'He said it. "Nobody was hurt." Then he left!',
      'en',
      ['He said it.', '"Nobody was hurt."', 'Then he left!'],
    ],
  ] as const)('%s', (text, lang, expected) => {
    expect(splitSentences([text], lang).map((s) => s.text)).toEqual(expected);
  });

  it('numbers sentences and keeps their paragraph', () => {
    const s = splitSentences(['One. Two.', 'Three.'], 'en');
    expect(s.map((x) => [x.index, x.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });
});

describe('splitClauses', () => {
  it('splits quoted statements joined by a conjunction', () => {
    const clauses = splitClauses(
      'وكشف أن "القوات نفذت عملية في الأنبار"، وأنهم "نفذوا غارة في نينوى"، ونفى مزاعم داعش.',
      'ar',
    );
    expect(clauses.map((c) => c.text)).toEqual([
      'وكشف أن "القوات نفذت عملية في الأنبار"،',
      'وأنهم "نفذوا غارة في نينوى"،',
      'ونفى مزاعم داعش.',
    ]);
  });
  it('does not split at a word that merely starts with ف', () => {
    expect(splitClauses('أصيب ثلاثة مدنيين بجروح، فجر اليوم السبت، إثر انفجار عبوة', 'ar')).toHaveLength(1);
  });
  it('keeps a participle with its English clause', () => {
    expect(splitClauses('Gunmen attacked a bus, killing nine people.', 'en')).toHaveLength(1);
  });
});

describe('splitRawArticle and detectLanguage', () => {
  it('drops a title repeated as the first body line', () => {
    expect(splitRawArticle('العنوان هنا\n\nالعنوان هنا\n\nالنص.\n')).toEqual({
      title: 'العنوان هنا',
      paragraphs: ['النص.'],
    });
  });
  it.each([
    ['مقتل ثلاثة في هجوم لـ ISIS', 'ar'],
    ['Two killed in Kirkuk (كركوك)', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('splitClauses: someone’s kin after a comma is more of the object', () => {
  it('"…، جنوب الموصل، ونجليه، بعد…" stays one clause; "، وأصيب…" is another', () => {
    const text = 'قتل مسلحون مختار قرية قرب الموصل، ونجليه، بعد اقتحام منزلهم، وأصيب جاره بجروح.';
    expect(splitClauses(text, 'ar').map((c) => c.text)).toEqual([
      'قتل مسلحون مختار قرية قرب الموصل، ونجليه، بعد اقتحام منزلهم،',
      'وأصيب جاره بجروح.',
    ]);
  });
});
