// Rules from the fxcounts9 round (issue 12, casualty counts of matched incidents): a clause that
// tells wounds in an article that also counts an epidemic's cases; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('wounds are no epidemic’s cases', () => {
  it('"…، فيما أصيب ابنه بجروح" in an article that ends on new coronavirus cases', () => {
    expect(
      ingested(
        'مقتل رجل وإصابة ابنه في مخيم',
        [
          'قُتل رجل، مساء أمس الأحد، برصاص مسلحين مجهولين داخل مخيم الهول شرقي الحسكة، فيما أصيب ابنه بجروح، بحسب مصدر محلي.',
          'وعلى صعيد آخر، سجلت النقطة الطبية في المخيم 9 إصابات جديدة بفيروس كورونا خلال الأسبوع الماضي.',
        ],
        '2021-05-03',
      ),
    ).toEqual([{ from: '2021-05-02', to: '2021-05-02', governorate: 'Hasakah', killed: 1, wounded: 1 }]);
  });
});
