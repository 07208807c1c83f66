import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';

const spans = (body: string) => analyzeArticle(`MINUTES\n\n20 April 2027\n\n${body}\n`).diagnostics
  .filter((d) => d.code === 'sequence-reversed').map((d) => d.text);

describe('dateSpans: a span of days that ends before it starts', () => {
  it('flags "from 22 March to 5 March", spanning both ends', () => {
    assert.deepStrictEqual(spans('The inspection took place from 22 March to 5 March, and was published on 9 April.'), ['22 March to 5 March']);
    assert.deepStrictEqual(spans('Inspectors were on site between 14 March and 2 March 2027.'), ['14 March and 2 March 2027']);
  });

  it('not a span in order, one into the next year, two dates joined by "and" without "between", or different months without years', () => {
    assert.deepStrictEqual(spans('Inspectors visited from 12 to 23 April. The panel met on 4 March and 2 March. ' +
      'The review ran from 22 December to 5 January. Visits ran from 20 March to 2 February.'), []);
  });
});
