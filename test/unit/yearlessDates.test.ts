// Year-less dates near the article's own date: the tense decides their year, and a past-tense one that
// would fall just after the date line is flagged rather than silently moved a year back.
import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';

const codes = (body: string, dateline = 'Thursday, 16 June 2022') =>
  analyzeArticle(`Headline\n${dateline}\n\n${body}`).diagnostics.map((d) => `${d.code} ${d.text}`);

describe('year-less dates near the date line', () => {
  it('a past-tense day a few days after the date line is a future-past-tense finding', () => {
    assert.deepStrictEqual(codes('The scrutiny committee, which discussed the report on 28 June, heard more.'), ['future-past-tense 28 June']);
    assert.deepStrictEqual(codes('The cabinet approved the £2.4 million improvement plan on 23 March, with money for staff.', 'Wednesday 10 March 2021'),
      ['future-past-tense 23 March']);
  });

  it('not when the day is before the date line, far from it, or the clause is about plans', () => {
    assert.deepStrictEqual(codes('The committee discussed the report on 2 June.'), []);
    assert.deepStrictEqual(codes('The committee discussed the report on 28 October.'), []);
    assert.deepStrictEqual(codes('The committee is due to discuss the report on 28 June.'), []);
    assert.deepStrictEqual(codes('The improvement plan agreed in May will be reviewed on 28 June.'), []);
  });

  it('a fixture in the present ("the cabinet meets on Tuesday 22 June") is ahead, so its weekday is checked in that year', () => {
    assert.deepStrictEqual(codes('The council’s cabinet meets on Tuesday 22 June to agree a plan.'), ['weekday-mismatch Tuesday']);
    assert.deepStrictEqual(codes('The council’s cabinet meets on Wednesday 22 June to agree a plan.'), []);
  });
});
