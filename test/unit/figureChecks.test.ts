import * as assert from 'assert';
import { findFigureConflicts } from '../../server/src/analysis/figureChecks';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed, seedNames } from '../seeds';

const run = (t: string) => findFigureConflicts(prepareText(t));

describe('figureChecks', () => {
  it('flags "seven out of nine" against "eight of the nine" of the same noun', () => {
    const t = 'In the report seven out of nine safeguarding categories were failing. Inspectors found eight of the nine categories were failing.';
    const ds = run(t);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].code, 'figure-conflict');
    assert.strictEqual(ds[0].text, 'eight');
    assert.match(ds[0].message, /“eight of the nine categories”.*“seven out of nine safeguarding categories”/);
    assert.strictEqual(t.slice(ds[0].related![0].start, ds[0].related![0].end), 'seven');
  });

  it('reads words and digits alike, so agreeing counts are silent', () => {
    assert.deepStrictEqual(run('Twenty-five permanent workers will join. The 25 permanent workers start soon.'), []);
    assert.deepStrictEqual(run('There were 19 points for the department to address. All nineteen points for the team matter.'), []);
  });

  it('flags a simple count stated two ways', () => {
    const ds = run('The council will hire 25 permanent workers. It said 23 permanent workers would be hired.');
    assert.deepStrictEqual(ds.map((d) => d.text), ['23']);
  });

  it('does not compare different things, complementary shares or counts over time', () => {
    assert.deepStrictEqual(run('It hired 23 temporary social workers. Twenty-five permanent workers join.'), []);
    assert.deepStrictEqual(run('Four of the five areas were inadequate. One of the five areas was adequate.'), []);
    assert.deepStrictEqual(run('Open cases fell from 724 cases to 296 cases. The team had 300 cases.'), []);
    assert.deepStrictEqual(run('Nine safeguarding categories were checked. Five inspection areas were graded.'), []);
    assert.deepStrictEqual(run('Over the past 18 months it improved. Over the next six months it will grow.'), []);
  });

  it('raises nothing on the seeds', () => {
    for (const name of seedNames()) assert.deepStrictEqual(run(readSeed(name)).map((d) => d.message), [], name);
  });
});
