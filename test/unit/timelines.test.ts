import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';

const article = (body: string) => analyzeArticle(`Explainer\nFriday 6 March 2026\n\nIn January the council heard it had been rated good.\n\nHere is how it got there.\n\n${body}`);
const timeline = 'February 2021\nAfter three weeks in the borough in January, Ofsted rates Brackenhaugh inadequate.\n\n' +
  'May 2023\nA full inspection finds that the council requires improvement to be good.\n\n' +
  '3 March 2026\nOfsted publishes its report.\n';

describe('timelines', () => {
  it('counts an entry\'s month without a year from its heading ("February 2021" / "in January")', () => {
    const a = article(timeline);
    assert.deepStrictEqual(a.dates.filter((d) => d.text === 'January').map((d) => d.resolved), ['2026-01', '2021-01']);
    assert.match(a.dates.filter((d) => d.text === 'January')[1].explanation!, /timeline heading “February 2021”/);
  });
  it('dates an entry\'s grade by its heading when the entry gives none ("May 2023" / "requires improvement to be good")', () => {
    const ri = article(timeline).ratings.find((r) => r.grade === 'requires improvement')!;
    assert.strictEqual(ri.date, '2023-05');
  });
  it('a dateline over the first paragraph, or one date on a line of its own, heads nothing', () => {
    const a = article('May 2023\nA full inspection finds that the council requires improvement to be good.\n');
    assert.strictEqual(a.ratings.find((r) => r.grade === 'requires improvement')!.date, null);
    assert.deepStrictEqual(a.dates.filter((d) => d.text === 'January').map((d) => d.resolved), ['2026-01']);
  });
});
