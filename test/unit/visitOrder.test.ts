import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';

const found = (body: string) => analyzeArticle(`MINUTES\n\nTuesday 14 September 2027\n\n${body}\n`).diagnostics
  .filter((d) => d.code === 'sequence-reversed').map((d) => d.text);

describe('visitOrder: a report published before the inspection it reports', () => {
  it('flags "visited on 24 and 25 August, and their letter was published on 3 August" at the publication date', () => {
    assert.deepStrictEqual(found('Inspectors had visited on 24 and 25 August, and their letter was published on 3 August.'), ['3 August']);
    assert.deepStrictEqual(found('The inspection took place in July 2027 and the report was published in June 2027.'), ['June 2027']);
  });

  it('not a report published after its inspection, another sentence, or a year written on one side only', () => {
    assert.deepStrictEqual(found('Inspectors visited on 24 and 25 August, and their letter was published on 13 September. ' +
      'Inspectors visited in May. The report was published in April. Inspectors visited in May, and the previous report was published in March 2022.'), []);
  });
});
