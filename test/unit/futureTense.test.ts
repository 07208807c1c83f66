import * as assert from 'assert';
import { findFuturePastTense } from '../../server/src/analysis/futureTense';
import { prepareText } from '../../server/src/analysis/text';
import { dateAt, facts } from './factsHelpers';
import { spanOf } from '../seeds';

function articleDate(t: string, needle: string, date: string) {
  return { date, span: { ...spanOf(t, needle), text: needle } };
}

describe('futureTense', () => {
  const t = 'Wednesday, September 7, 2011\nThe report was published in March 2014. The next inspection will take place in March 2013. ' +
    'It was inspected in August 2011. The plan, due by December 2012, was agreed.';
  const f = facts({
    articleDate: articleDate(t, 'Wednesday, September 7, 2011', '2011-09-07'),
    dates: [dateAt(t, 'March 2014', '2014-03'), dateAt(t, 'March 2013', '2013-03'), dateAt(t, 'August 2011', '2011-08'),
      dateAt(t, 'December 2012', '2012-12')],
  });

  it('flags a later date told in the past tense, quoting the article date', () => {
    const ds = findFuturePastTense(prepareText(t), f);
    assert.deepStrictEqual(ds.map((d) => d.text), ['March 2014']);
    assert.strictEqual(ds[0].code, 'future-past-tense');
    assert.match(ds[0].message, /“March 2014”.*“Wednesday, September 7, 2011”.*“was”/);
  });

  it('the last days of the article\'s own month are still ahead of it: "met at the end of June" in a column of 11 June, but not "due by the end of June" nor a column of 24 June', () => {
    const col = 'Thursday 11 June 2026\nWhen the foster carers met at the end of June, there was one question. The plan is due by the end of June.';
    const g = facts({ articleDate: articleDate(col, 'Thursday 11 June 2026', '2026-06-11'), dates: [dateAt(col, 'the end of June', '2026-06'), dateAt(col, 'the end of June', '2026-06', 1)] });
    const ds = findFuturePastTense(prepareText(col), g);
    assert.deepStrictEqual(ds.map((d) => [d.text, d.start]), [['the end of June', col.indexOf('the end of June')]]);
    assert.match(ds[0].message, /told in the past tense \(“met”\), but the article is dated “Thursday 11 June 2026”, before it/);
    const late = col.replace('11 June', '24 June');
    const h = facts({ articleDate: articleDate(late, 'Thursday 24 June 2026', '2026-06-24'), dates: [dateAt(late, 'the end of June', '2026-06')] });
    assert.deepStrictEqual(findFuturePastTense(prepareText(late), h), []);
  });

  it('a date set off by commas before its verb ("The first, on 28 and 29 April, found that ...") in a piece of 10 April', () => {
    const t = 'Friday 10 April 2026\nOfsted will make monitoring visits. The first, on 28 and 29 April, found that leaders had a grip.';
    const g = facts({ articleDate: articleDate(t, 'Friday 10 April 2026', '2026-04-10'), dates: [dateAt(t, '28 and 29 April', '2026-04-28')] });
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), g).map((d) => d.text), ['28 and 29 April']);
    const plan = t.replace('found that', 'will find whether');
    const h = facts({ articleDate: articleDate(plan, 'Friday 10 April 2026', '2026-04-10'), dates: [dateAt(plan, '28 and 29 April', '2026-04-28')] });
    assert.deepStrictEqual(findFuturePastTense(prepareText(plan), h), []);
  });

  it('needs the article date', () => {
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), { ...f, articleDate: null }), []);
  });

  it('reads "May" in a date as the month, not the modal that would make the clause a plan', () => {
    const t = 'Tuesday 6 May 2025\nThe cabinet approved the plan on 20 May. It may meet on 21 May.';
    const f = facts({
      articleDate: articleDate(t, 'Tuesday 6 May 2025', '2025-05-06'),
      dates: [dateAt(t, '20 May', '2024-05-20'), dateAt(t, '21 May', '2024-05-21')],
    });
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), f).map((d) => d.text), ['20 May']);
  });

  it('"by" makes a deadline only right before the date', () => {
    const t = 'Wednesday 9 February 2011\nThe findings were discussed by the panel on 21 February. The plan was agreed by 22 February.';
    const f = facts({
      articleDate: articleDate(t, 'Wednesday 9 February 2011', '2011-02-09'),
      dates: [dateAt(t, '21 February', '2010-02-21'), dateAt(t, '22 February', '2010-02-22')],
    });
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), f).map((d) => d.text), ['21 February']);
  });

  it('ends the clause at a second verb joined after the date: "took up her post on 7 April and will oversee"', () => {
    const t = 'Posted on 18/03/2025\nThe new head, Karen Cloudsley, took up her post on 7 April and will oversee the plan. The panel meets on 9 April and will report.';
    const f = facts({
      articleDate: articleDate(t, '18/03/2025', '2025-03-18'),
      dates: [dateAt(t, '7 April', '2025-04-07'), dateAt(t, '9 April', '2025-04-09')],
    });
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), f).map((d) => d.text), ['7 April']);
  });

  it('reads any past form before a dated date ("considered the draft plan on 27 March 2025"), but not one after "be"', () => {
    const t = 'Date of meeting: Tuesday 11 March 2025\nThe board considered the draft plan on 27 March 2025 and endorsed it. ' +
      'RESOLVED: that the outcome be reported to the meeting on 6 April 2025.';
    const f = facts({
      articleDate: articleDate(t, 'Tuesday 11 March 2025', '2025-03-11'),
      dates: [dateAt(t, '27 March 2025', '2025-03-27'), dateAt(t, '6 April 2025', '2025-04-06')],
    });
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), f).map((d) => d.text), ['27 March 2025']);
  });

  it('nor a likelihood: "The Director said it was likely in 2028"', () => {
    const t = 'Date of meeting: Monday 12 July 2027\nCouncillor Vo asked when the next full inspection was expected. The Director said it was likely in 2028. ' +
      'The plan was agreed in 2028.';
    const f = facts({ articleDate: articleDate(t, 'Monday 12 July 2027', '2027-07-12'), dates: [dateAt(t, '2028', '2028'), dateAt(t, '2028', '2028', 1)] });
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), f).map((d) => d.start), [t.lastIndexOf('2028')]);
  });

  it('nor a present passive: "That progress is reported to the committee at its meeting on 14 October 2027"', () => {
    const t = 'Date of meeting: Thursday 15 July 2027\n2.3 That progress against the plan is reported to the committee at its meeting on 14 October 2027. ' +
      'The plan was reported to the board on 20 October 2027.';
    const f = facts({
      articleDate: articleDate(t, 'Thursday 15 July 2027', '2027-07-15'),
      dates: [dateAt(t, '14 October 2027', '2027-10-14'), dateAt(t, '20 October 2027', '2027-10-20')],
    });
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), f).map((d) => d.text), ['20 October 2027']);
  });

  it('a clause joined by "and" after the date is its own ("reported in February 2027 and found that ... referrals from schools")', () => {
    const t = 'Issue 87 | December 2026\nThe review, which she commissioned, reported in February 2027 and found that referrals from schools were closed.';
    const f = facts({ articleDate: articleDate(t, 'December 2026', '2026-12'), dates: [dateAt(t, 'February 2027', '2027-02')] });
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), f).map((d) => d.text), ['February 2027']);
  });

  it('"can attend ... on 23 May" is an invitation, not the past', () => {
    const t = 'Friday 10 May 2024\nAnyone interested in adoption can attend an evening at the library on 23 May.';
    const f = facts({ articleDate: articleDate(t, 'Friday 10 May 2024', '2024-05-10'), dates: [dateAt(t, '23 May', '2023-05-23')] });
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), f), []);
  });

  it('"is holding an evening for anyone interested ... on Wednesday 18 November" is an arrangement, not the past', () => {
    const t = 'Thursday 5 November 2026\nThe agency is holding an information evening for anyone interested in fostering on Wednesday 18 November.';
    const f = facts({ articleDate: articleDate(t, 'Thursday 5 November 2026', '2026-11-05'), dates: [{ ...dateAt(t, 'Wednesday 18 November', '2026-11-18'), basis: 'article-date' }] });
    assert.deepStrictEqual(findFuturePastTense(prepareText(t), f), []);
    const u = t.replace('is holding', 'held');
    const g = facts({ articleDate: articleDate(u, 'Thursday 5 November 2026', '2026-11-05'), dates: [{ ...dateAt(u, 'Wednesday 18 November', '2026-11-18'), basis: 'article-date' }] });
    assert.deepStrictEqual(findFuturePastTense(prepareText(u), g).map((d) => d.text), ['Wednesday 18 November']);
  });
});

describe('futureTense: a date set off by commas after its verb', () => {
  const head = 'EMBARGOED UNTIL 00:01, THURSDAY 23 JANUARY 2025\n\n';
  const run = (sentence: string, needle: string, resolved: string) => {
    const t = head + sentence;
    return findFuturePastTense(prepareText(t), facts({
      articleDate: articleDate(t, 'THURSDAY 23 JANUARY 2025', '2025-01-23'),
      dates: [{ ...dateAt(t, needle, resolved), basis: 'article-date' }],
    })).map((d) => d.text);
  };

  it('"was opened by the Mayor of Tarnholme, Councillor Gwen Hatherley, on 7 February" in a release of 23 January is flagged', () => {
    assert.deepStrictEqual(run('The garden, built by volunteers from local firms, was opened by the Mayor of Tarnholme, Councillor Gwen Hatherley, on 7 February.', '7 February', '2025-02-07'), ['7 February']);
  });

  it('"will be held at St Aldhelm\'s Church, Ollersby, on Thursday 6 February" is not', () => {
    assert.deepStrictEqual(run('A funeral will be held at St Aldhelm\'s Church, Ollersby, on Thursday 6 February at 11am.', 'Thursday 6 February', '2025-02-06'), []);
  });
});

describe('futureTense: a past decision that sets a date ahead', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const flagged = (body: string) => analyzeArticle(`Heading\nTuesday 10 February 2026\n\n${body}`).diagnostics
    .filter((d: { code: string }) => d.code === 'future-past-tense').map((d: { text: string }) => d.text);
  it('"was moved to Thursday 12 March", "was postponed until 20 April 2026" are not the past; "was inspected on 12 March 2026" is', () => {
    assert.deepStrictEqual(flagged('The meeting was moved to Thursday 12 March. The hearing was postponed until 20 April 2026. The home was inspected on 12 March 2026.'),
      ['12 March 2026']);
  });

  it('"has asked for the report to go to the committee on 24 March": what was asked for is still to come; "was sent to the committee on 24 March" is past', () => {
    assert.deepStrictEqual(flagged('She has asked for the report to go to the children\'s scrutiny committee on 24 March.'), []);
    assert.deepStrictEqual(flagged('The leader urged officers to publish the plan on 24 March.'), []);
    assert.deepStrictEqual(flagged('The report was sent to the committee on 24 March.'), ['24 March']);
  });
});

describe('futureTense: adjectives and verbs joined before the date', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const flagged = (body: string) => analyzeArticle(`CABINET\n10 November 2026\n\n${body}`).diagnostics
    .filter((d: { code: string }) => d.code === 'future-past-tense').map((d: { text: string }) => d.text);
  it('"approves the updated improvement plan and the investment of £1.6m in 2027/28" and "has been appointed and starts on Monday 7 December" look ahead', () => {
    assert.deepStrictEqual(flagged('2.2 That Cabinet approves the updated improvement plan and the additional investment of £1.6m in 2027/28.'), []);
    assert.deepStrictEqual(flagged('A registered manager has been appointed and starts on Monday 7 December.'), []);
    assert.deepStrictEqual(flagged('A registered manager was appointed on Monday 7 December 2026.'), ['Monday 7 December 2026']);
  });
});
