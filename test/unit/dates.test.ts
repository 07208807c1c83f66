import * as assert from 'assert';
import { findArticleDate } from '../../server/src/analysis/articleDate';
import { extractDates } from '../../server/src/analysis/dates';
import { DateMention } from '../../server/src/analysis/schema';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed } from '../seeds';

function datesOf(text: string): DateMention[] {
  const article = prepareText(text);
  const ds = extractDates(article, findArticleDate(article));
  for (const d of ds) assert.strictEqual(d.text, text.slice(d.start, d.end));
  return ds;
}
const pairs = (text: string) => datesOf(text).map((d) => [d.text, d.resolved]);
const dated = (body: string) => `Headline\n12 March 2013\n${body}`;

describe('extractDates', () => {
  it('seed 002: dateline, "this week", "March this year", months resolved against 2011-09-07', () => {
    const ds = datesOf(readSeed('002'));
    assert.deepStrictEqual(ds.map((d) => [d.text, d.resolved, d.basis]), [
      ['Wednesday, September 7, 2011', '2011-09-07', 'explicit'],
      ['this week', '2011-09', 'article-date'],
      ['May 2010', '2010-05', 'explicit'],
      ['March this year', '2011-03', 'article-date'],
      ['February', '2011-02', 'article-date'],
      ['August', '2011-08', 'article-date'],
    ]);
    assert.match(ds[4].explanation!, /2011-09-07/);
  });

  it('seed 000: no dateline, so relative dates count from the latest date in the text (Januray 2013)', () => {
    const ds = datesOf(readSeed('000'));
    const get = (t: string) => ds.find((d) => d.text === t)!;
    assert.deepStrictEqual([get('January').resolved, get('January').basis], ['2013-01', 'nearest-year']);
    assert.match(get('January').explanation!, /no article date; relative to the latest month in the text, 2013-01/);
    assert.strictEqual(get('June last year').resolved, '2012-06');
    assert.strictEqual(get('earlier that year').resolved, '2010');
    assert.strictEqual(get('Januray 2013').resolved, '2013-01');
    assert.match(get('Januray 2013').explanation!, /misspelt/);
    assert.deepStrictEqual(ds.filter((d) => d.basis === 'explicit').map((d) => d.text),
      ['2011', 'June 2010', '2011', 'March 2010', 'February 2011', 'Januray 2013']);
    // durations and money are not dates
    for (const t of ['18 months', 'two years', '1,250', '25-30', 'six months']) assert.ok(!ds.some((d) => d.text.includes(t)), t);
  });

  it('seed 004: "last month", "the New Year", "the end of the year" against September 2012', () => {
    assert.deepStrictEqual(pairs(readSeed('004')), [
      ['August 2011', '2011-08'], ['September 2012', '2012-09'], ['September', '2012-09'], ['six months ago', '2012-03'],
      ['last month', '2012-08'], ['the New Year', '2013'], ['the end of the year', '2012'], ['September 2012', '2012-09'],
    ]);
  });

  it('seed 003: no year anywhere, so relative dates are found but unresolved, with a reason', () => {
    const ds = datesOf(readSeed('003'));
    assert.deepStrictEqual(ds.map((d) => d.text), ['September', 'the end of last year', 'November', 'last week', 'September', 'April 5']);
    for (const d of ds) {
      assert.strictEqual(d.resolved, null);
      assert.strictEqual(d.basis, 'unresolved');
      assert.match(d.explanation!, /no article date/);
    }
  });

  it('seed 001: "since its 2015 inspection" is a date; "earlier this year" takes the latest year', () => {
    assert.deepStrictEqual(pairs(readSeed('001')), [
      ['2015', '2015'], ['2017', '2017'], ['earlier this year', '2018'], ['August 2017', '2017-08'], ['May 2018', '2018-05'],
    ]);
  });

  it('resolves relative dates against a full article date', () => {
    assert.deepStrictEqual(pairs(dated('It met last week, this week and will meet next week. Last month it lost, last year it won. ' +
      'It closed yesterday. Two years ago it opened. It will reopen on April 5 and in September. It shut in April and last Friday.')).slice(1), [
      ['last week', '2013-03'], ['this week', '2013-03'], ['next week', '2013-03'], ['Last month', '2013-02'], ['last year', '2012'],
      ['yesterday', '2013-03-11'], ['Two years ago', '2011'], ['April 5', '2013-04-05'], ['September', '2013-09'], ['April', '2012-04'],
      ['last Friday', '2013-03-08'],
    ]);
  });

  it('keeps precision to what the basis allows', () => {
    // only a year in the text: "last month" cannot be placed, "this year" can
    const ds = datesOf('In 2013 the council changed. It was criticised last month and again this year.');
    assert.deepStrictEqual(ds.map((d) => [d.text, d.resolved, d.basis]), [
      ['2013', '2013', 'explicit'], ['last month', null, 'unresolved'], ['this year', '2013', 'nearest-year'],
    ]);
    // a week is no day: its month, the week named by its Monday, and the month it falls in when that is another
    const weeks = datesOf('Headline\nTuesday 3 March 2026\nIt met last week and met a week ago.');
    assert.deepStrictEqual(weeks.slice(1).map((d) => [d.text, d.resolved]), [['last week', '2026-02'], ['a week ago', '2026-02-24']]);
    assert.match(weeks[1].explanation!, /week of Monday 2026-02-23/);
    // a month-only article date gives "last week" its month, not a day
    assert.deepStrictEqual(pairs('Headline\nMarch 2013\nIt met last week.').slice(1), [['last week', '2013-03']]);
  });

  it('includes modifiers and weekdays but not a leading preposition', () => {
    assert.deepStrictEqual(pairs(dated('Since the end of last year, in early 2012, by mid-2010, on Tuesday 5 March 2013, on 5th of March, ' +
      'at the start of the year and in the summer of 2011 it met, and in 07/09/2011.')).slice(1).map((p) => p[0]), [
      'the end of last year', 'early 2012', 'mid-2010', 'Tuesday 5 March 2013', '5th of March', 'the start of the year', 'the summer of 2011', '07/09/2011',
    ]);
  });

  it('does not take durations, counts, money or names for dates', () => {
    const text = dated('Over the past 18 months and the last three months, within two years, for 18 weeks and three decades, ' +
      'in 5 – 10 years time, the last year, the next six months, 2000 children, £2,011, 25-30 cases, 40% in 2012 %. ' +
      'April Jones said. May I ask? The department may improve. It has 2014 staff.');
    assert.deepStrictEqual(datesOf(text).slice(1).map((d) => d.text), []);
  });

  it('takes a bare year only where it is used as a date', () => {
    assert.deepStrictEqual(pairs(dated('Its 2015 inspection, in 2011, since 2014, the 2012 report and 2010/11 budgets.')).slice(1), [
      ['2015', '2015'], ['2011', '2011'], ['2014', '2014'], ['2012', '2012'], ['2010/11', '2010'],
    ]);
  });

  it('resolves "earlier that year" and "the following year" from the date before, and fails without one', () => {
    const ds = datesOf('In May 2014 it was rated inadequate after a visit earlier that year; it improved the following year.');
    assert.deepStrictEqual(ds.map((d) => [d.text, d.resolved]), [['May 2014', '2014-05'], ['earlier that year', '2014'], ['the following year', '2015']]);
    const alone = datesOf('Headline\n12 March 2013\nIt improved the following year.');
    assert.deepStrictEqual([alone[1].resolved, alone[1].basis], [null, 'unresolved']);
  });

  it('takes seasons after a preposition or last/next/this, as the year they fall in', () => {
    const at = (date: string, body: string) => pairs(`Headline\n${date}\n${body}`).slice(1);
    assert.deepStrictEqual(at('14 January 2019', 'It met last summer and last winter, and will meet next spring, next winter and in the summer. ' +
      'It opened in the spring and since the autumn. The scheme will run through the winter. In spring 2017, by early autumn, it changed.'), [
      ['last summer', '2018'], ['last winter', '2017'], ['next spring', '2019'], ['next winter', '2019'], ['the summer', '2019'],
      ['the spring', '2018'], ['the autumn', '2018'], ['the winter', '2018'], ['spring 2017', '2017'], ['early autumn', '2018'],
    ]);
    // in October the summer just gone is "last summer"; in July it is the one before
    assert.deepStrictEqual(at('3 October 2019', 'It peaked last summer.'), [['last summer', '2019']]);
    assert.deepStrictEqual(at('3 July 2019', 'It peaked last summer and will fall by the autumn.'), [['last summer', '2018'], ['the autumn', '2019']]);
    // only a year to count from: "last summer" is the year before
    assert.deepStrictEqual(pairs('In 2017 it changed. It had peaked last summer and a visit is expected in the autumn.').slice(1), [['last summer', '2016'], ['the autumn', '2017']]);
    // names and other senses of the words
    assert.deepStrictEqual(at('3 July 2019', 'The Autumn Statement, the spring budget, spring water and the Summer School were discussed.'), []);
    const d = datesOf('Headline\n3 July 2019\nIt will report in the spring.')[1];
    assert.strictEqual(d.basis, 'article-date');
    assert.match(d.explanation!, /seasons resolve to the year/);
  });

  it('takes the tense from the verb nearest before the date, not from a later clause', () => {
    assert.deepStrictEqual(pairs(dated('Fees had been increased in April and would be reviewed again. An action plan would be brought to the committee in September. ' +
      'New staff will be appointed in May. In June, the service will move. It was set up in June. It is set to open in May.')).slice(1), [
      ['April', '2012-04'], ['September', '2013-09'], ['May', '2013-05'], ['June', '2013-06'], ['June', '2012-06'], ['May', '2013-05'],
    ]);
    // a month before or equal to a day-precision article date, in the past tense, is the same year
    assert.deepStrictEqual(pairs('Minutes\nDate: 3/7/2018\nThe fees were raised in April and again in July, and will rise in June.').slice(1), [
      ['April', '2018-04'], ['July', '2018-07'], ['June', '2019-06'],
    ]);
  });

  it('"would have a visit before the end of August" looks ahead; "would have visited in August" looks back', () => {
    assert.deepStrictEqual(pairs('Minutes\nDate: 3/10/2018\nShe said every household would have a visit before the end of August.').slice(1), [['the end of August', '2019-08']]);
    assert.deepStrictEqual(pairs('Minutes\nDate: 3/10/2018\nShe said inspectors would have visited in August.').slice(1), [['August', '2018-08']]);
  });

  it('does not take weekdays named as a routine, but takes one named as a day', () => {
    assert.deepStrictEqual(pairs(dated('The office is open 9am to 5pm, Monday to Friday, and Monday-Friday in term. ' +
      'Clinics run every Tuesday and on Saturday mornings. The report was published on Thursday.')).slice(1), [['Thursday', '2013-03-07']]);
  });

  it('gives a weekday and date without a year the article’s year, even when the weekday is wrong', () => {
    const ds = datesOf('Headline\nThursday 18 April 2013\nThe plan will go to cabinet on Tuesday 24 April. It met on Monday 15 April.').slice(1);
    assert.deepStrictEqual(ds.map((d) => [d.text, d.resolved, d.basis]), [
      ['Tuesday 24 April', '2013-04-24', 'article-date'], // 24 April 2013 was a Wednesday; the year lets that be checked
      ['Monday 15 April', '2013-04-15', 'article-date'],
    ]);
  });

  it('finds nothing in words that are names of built-in properties ("constructor", "toString")', () => {
    assert.deepStrictEqual(datesOf(dated('The Constructor 2015 report was out. It was built in the constructor. A constructor year and a toString week passed.')).slice(1), []);
  });

  it('stays linear beside one very long number or word', () => {
    for (const run of ['9,', '1.', 'xx']) {
      const once = (n: number) => {
        const t0 = Date.now();
        datesOf(`It was rated good in April 2015 and ${run.repeat(n)} was judged last summer.`);
        return Date.now() - t0;
      };
      const small = Math.max(5, Math.min(once(25_000), once(25_000)));
      const big = Math.min(once(100_000), once(100_000));
      assert.ok(big < small * 4 * 3, `${run}: 25,000 ${small} ms, 100,000 ${big} ms`); // quadratic would be 16 times
    }
  });

  it('survives pathological input in linear time', () => {
    const big = `${'May '.repeat(50_000)}\n${'2011 '.repeat(50_000)}\n${'last '.repeat(50_000)}\n${' '.repeat(100_000)}`;
    const t0 = Date.now();
    datesOf(big);
    assert.ok(Date.now() - t0 < 1500, `took ${Date.now() - t0} ms`);
  });
});

describe('extractDates: the tense around a year-less date', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const resolved = (t: string) => analyzeArticle(t).dates.slice(1).map((d: { text: string; resolved: string }) => [d.text, d.resolved]);

  it('a deadline after "by" looks ahead, unless something was done by it; "the last time" is no past; "retires" and "wants" look ahead', () => {
    assert.deepStrictEqual(resolved('Thursday 13 March 2025\n\nHe has promised a protocol for care leavers by the summer. The work had been completed by March. ' +
      'The board meets for the last time in the autumn. Ann, who retires in the autumn, spoke. "We want it to be good again by the spring."'), [
      ['the summer', '2025'], ['March', '2025-03'], ['the autumn', '2025'], ['the autumn', '2025'], ['the spring', '2025'],
    ]);
    assert.deepStrictEqual(resolved('Thursday 13 November 2025\n\nThe plan was finished by March. It was agreed last summer.'), [['March', '2025-03'], ['last summer', '2025']]);
    // a time allowed from now: "has until the end of March"; a past one: "had until March", "stayed open until March"
    assert.deepStrictEqual(resolved('Tuesday 10 February 2026\n\nThe council has until the end of March to respond. It had until March last time. It stayed open until March.'),
      [['the end of March', '2026-03'], ['March', '2025-03'], ['March', '2025-03']]);
  });

  it('"be" not after "to" looks ahead; an "-ed" word after an article is an adjective; what was agreed is to come', () => {
    assert.deepStrictEqual(resolved('Thursday 4 February 2027\n\nShe asked that the report be brought to the panel in the autumn. ' +
      'She said the council would open a supported lodgings scheme in April. He said the board had agreed to fund a team from September.'),
    [['the autumn', '2027'], ['April', '2027-04'], ['September', '2027-09']]);
    // but "the plan was to be published in April", "the detailed report was published in April", "had agreed in March" look back
    assert.deepStrictEqual(resolved('Thursday 4 February 2027\n\nThe plan was to be published in April. The detailed report was published in May. ' +
      'The board had agreed in March to fund a team.'), [['April', '2026-04'], ['May', '2026-05'], ['March', '2026-03']]);
  });

  it('a date that ends a clause of its own before a comma is not read by the clause after it, as a fronted one is', () => {
    assert.deepStrictEqual(resolved('Monday 12 July 2027\n\nThe strategy had been agreed on 1 June, following the focused visit on 15 and 16 June, and would add homes. ' +
      'In September, the service will move.'), [['1 June', '2027-06-01'], ['15 and 16 June', '2027-06-15'], ['September', '2027-09']]);
  });
});

describe('extractDates: fortnights', () => {
  it('"a fortnight ago" is two weeks before the article', () => {
    assert.deepStrictEqual(pairs('Headline\nFriday 17 February 2023\nParents were told a fortnight ago.').slice(1), [['a fortnight ago', '2023-02-03']]);
  });
});

describe('extractDates: "today\'s report" and clauses without a verb', () => {
  it('"today’s Ofsted report" is the article’s day; "Today’s staff" is nowadays', () => {
    assert.deepStrictEqual(pairs('Headline\nMonday 14 March 2022\nShe responded to today’s Ofsted report. Today’s staff deserve thanks. Yesterday\'s meeting ran late.').slice(1),
      [['today’s', '2022-03-14'], ["Yesterday's", '2022-03-13']]);
  });

  it('a clause with no verb takes the tense of the clause before it; "comes into force" looks ahead', () => {
    assert.deepStrictEqual(pairs('Headline\nTuesday 1 December 2020\nShe will report to the committee on 19 January 2021, and to Cabinet in the spring. ' +
      'The framework comes into force in January.').slice(1), [['19 January 2021', '2021-01-19'], ['the spring', '2021'], ['January', '2021-01']]);
  });
});

describe('extractDates: a comma inside a number is no clause break', () => {
  it('"agreed an extra £600,000 for family support on 12 July, and I will be watching": the verb before the date is "agreed"', () => {
    // (12 September, not blind11's 12 July: a past date just ahead of the article is taken as a slip of tense, whatever the verb)
    assert.deepStrictEqual(pairs('Headline\nFriday 30 June 2023\nThe cabinet agreed an extra £600,000 for family support on 12 September, and I will be watching.').slice(1),
      [['12 September', '2022-09-12']]);
  });
});

describe('extractDates: days of one month named together', () => {
  it('takes "11 and 12 June", "4 to 15 March" and "11-12 June 2024" as one date each, resolved to the first day', () => {
    assert.deepStrictEqual(pairs('Headline\nTuesday 9 July 2024\nThe visit, on 11 and 12 June, was short. Inspectors were there from 4 to 15 March and on 11-12 June 2024.').slice(1),
      [['11 and 12 June', '2024-06-11'], ['4 to 15 March', '2024-03-04'], ['11-12 June 2024', '2024-06-11']]);
  });

  it('keeps a weekday on the first day, and reads days that run backwards as no range', () => {
    assert.deepStrictEqual(pairs('Headline\nTuesday 9 July 2024\nIt began on Tuesday 11 and 12 June 2024. Pages 12 and 3 May help.').slice(1),
      [['Tuesday 11 and 12 June 2024', '2024-06-11'], ['3 May', '2024-05-03']]);
  });
});

describe('extractDates: a relative date before a possessive', () => {
  it('"LAST month\'s report", "this year\'s results" are dates; "the last year\'s work" is not', () => {
    assert.deepStrictEqual(pairs('Headline\nTuesday 3 June 2025\nLAST month\'s Ofsted report was no surprise. This year\'s results are better. The last year\'s work shows.').slice(1),
      [["LAST month's", '2025-05'], ["This year's", '2025']]);
  });

  it('a season\'s possessive too: "this summer\'s inspection", "last autumn\'s report"', () => {
    assert.deepStrictEqual(pairs('Headline\nThursday 23 September 2027\nThe rating from this summer\'s inspection was fair. Last autumn\'s report was not.').slice(1),
      [["this summer's", '2027'], ["Last autumn's", '2026']]);
  });
});

describe('extractDates: a weekday as a routine', () => {
  it('"One Friday a month" is no date; "on Friday 27 November" is', () => {
    assert.deepStrictEqual(pairs('Headline\nSaturday 5 December 2026\nOne Friday a month I sit with a team. The last one was on Friday 27 November.').slice(1),
      [['Friday 27 November', '2026-11-27']]);
  });
});
