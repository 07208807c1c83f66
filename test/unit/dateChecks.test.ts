import * as assert from 'assert';
import { checkDates } from '../../server/src/analysis/dateChecks';
import { weekdayOf } from '../../server/src/analysis/consistencyUtil';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed, seedNames } from '../seeds';

const run = (t: string) => checkDates(prepareText(t));

describe('dateChecks: impossible dates and weekday mismatches', () => {
  it('computes weekdays (7 September 2011 was a Wednesday)', () => {
    assert.strictEqual(weekdayOf(2011, 9, 7), 3);
    assert.strictEqual(weekdayOf(2000, 2, 29), 2);
  });

  it('reads a date in brackets after its weekday ("on Wednesday (14 May 2026)", a Thursday); the date is extracted with it', () => {
    const ds = run('The report, published on Wednesday (14 May 2026), judged care leavers outstanding.');
    assert.deepStrictEqual(ds.map((d) => [d.code, d.text]), [['weekday-mismatch', 'Wednesday']]);
    assert.deepStrictEqual(run('The report, published on Thursday (14 May 2026), was read.'), []);
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { analyzeArticle } = require('../../server/src/analysis/analyze');
    assert.deepStrictEqual(analyzeArticle('Practice\nMonday, 18 May 2026\n\nThe report, published on Wednesday (14 May), was read.', 'a.txt').dates.map((d: any) => d.text),
      ['Monday, 18 May 2026', 'Wednesday (14 May)']);
  });

  it('reads "Wednesday week, 21 April 2026" (a Tuesday) as a weekday and its date', () => {
    assert.deepStrictEqual(run('Councillors will debate the report on Wednesday week, 21 April 2026.').map((d) => [d.code, d.text]), [['weekday-mismatch', 'Wednesday']]);
    assert.deepStrictEqual(run('Councillors will debate the report on Tuesday week, 21 April 2026.'), []);
  });

  it('flags days a month does not have, spanning exactly the date', () => {
    const t = 'The deadline was 31 June. Another came on February 29, 2011. The visit on 30 February 2012 went well.';
    const ds = run(t);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.text]), [
      ['impossible-date', '31 June'], ['impossible-date', 'February 29, 2011'], ['impossible-date', '30 February 2012'],
    ]);
    for (const d of ds) assert.strictEqual(t.slice(d.start, d.end), d.text);
    assert.match(ds[1].message, /2011 was not a leap year/);
    assert.match(ds[0].message, /“31 June”.*June has 30 days/);
  });

  it('a year-less "29 February" takes the year from the article\'s date: in 2027 it does not exist, in 2028 it does', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { analyzeArticle } = require('../../server/src/analysis/analyze');
    const found = (dateline: string) => analyzeArticle(`Opinion\n${dateline}\n\nOn 29 February the report was published.`).diagnostics
      .filter((d: { code: string }) => d.code === 'impossible-date').map((d: { text: string; message: string }) => [d.text, d.message]);
    const ds = found('Friday 19 March 2027');
    assert.deepStrictEqual(ds.map((d: string[]) => d[0]), ['29 February']);
    assert.match(ds[0][1], /2027 \(the year from the article’s date\) was not a leap year/);
    assert.deepStrictEqual(found('Friday 17 March 2028'), []);
  });

  it('flags a numeric date, day first, that the month cannot hold; not a real one or a version number', () => {
    assert.deepStrictEqual(run('The plan goes to the panel on 30.02.2020 and to Cabinet on 31/06/2019.').map((d) => d.text), ['30.02.2020', '31/06/2019']);
    assert.deepStrictEqual(run('Published on 20.12.2019 and 29.02.2020; version 1.2.2020; 12/31/2019 is month first.'), []);
  });

  it('accepts real dates, leap days and counts that only look like dates', () => {
    const t = 'On 29 February 2012 and June 30, 2011 and 31st May inspectors came. In February 30 social workers joined. There were 31 June referrals.';
    assert.deepStrictEqual(run(t), []);
  });

  it('flags a weekday that does not fit, names the right one and suggests it', () => {
    const t = 'Published Tuesday, September 7, 2011 and updated Thu 8 September 2011.';
    const ds = run(t);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].code, 'weekday-mismatch');
    assert.strictEqual(ds[0].text, 'Tuesday');
    assert.deepStrictEqual(ds[0].suggestions, ['Wednesday']);
    assert.match(ds[0].message, /“Tuesday”.*“September 7, 2011”.*Wednesday/);
    assert.strictEqual(t.slice(ds[0].related![0].start, ds[0].related![0].end), 'September 7, 2011');
  });

  it('keeps an abbreviated weekday abbreviated in the suggestion', () => {
    const ds = run('The hearing is on Mon 9 September 2024.');
    assert.deepStrictEqual(ds.map((d) => d.suggestions), []);
    const bad = run('The hearing was on Tue 9 September 2024.');
    assert.deepStrictEqual(bad.map((d) => [d.text, d.suggestions![0]]), [['Tue', 'Mon']]);
  });

  it('finds nothing in the seeds (seed 002 dateline is a correct Wednesday)', () => {
    for (const name of seedNames()) assert.deepStrictEqual(run(readSeed(name)), [], name);
  });

  it('stays fast on long runs of digits and month names', () => {
    const t = '31 June '.repeat(20000) + 'May 5 '.repeat(20000);
    const t0 = Date.now();
    run(t);
    assert.ok(Date.now() - t0 < 2000);
  });
});

describe('weekday check with the year from the article date', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  it('flags a weekday that does not match a date written without a year, in the dateline\'s year', () => {
    const text = 'Council meeting report\nWednesday, 3 April 2013\n\nThe panel will meet on Tuesday 24 April to agree the plan.';
    const found = analyzeArticle(text).diagnostics.filter((d: any) => d.code === 'weekday-mismatch');
    assert.deepStrictEqual(found.map((d: any) => [d.text, d.suggestions]), [['Tuesday', ['Wednesday']]]);
    assert.match(found[0].message, /24 April 2013 was a Wednesday \(the year from the article’s date\)/);
  });

  it('checks in the year the tense gives: a past 24 April before an April 2013 dateline is 2012, a Tuesday', () => {
    const text = 'Council meeting report\nWednesday, 3 April 2013\n\nThe panel met on Tuesday 24 April to agree the plan.';
    assert.deepStrictEqual(analyzeArticle(text).diagnostics.filter((d: any) => d.code === 'weekday-mismatch'), []);
  });

  it('leaves a yearless weekday date alone when there is no article date', () => {
    const text = 'The panel met on Tuesday 24 April to agree the plan.';
    assert.deepStrictEqual(analyzeArticle(text).diagnostics.filter((d: any) => d.code === 'weekday-mismatch'), []);
  });
});
