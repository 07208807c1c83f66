import * as assert from 'assert';
import { findArticleDate } from '../../server/src/analysis/articleDate';
import { extractDates } from '../../server/src/analysis/dates';
import { prepareText } from '../../server/src/analysis/text';

function brief(text: string): string[] {
  const article = prepareText(text);
  return extractDates(article, findArticleDate(article)).map((d) => `${d.text} -> ${d.resolved}`);
}

describe('extractDates: more cases', () => {
  it('a recent year after a verb, closing its phrase, is a date; a count after a verb is not', () => {
    assert.deepStrictEqual(brief('For staff who remember 2014 it felt like a victory.'), ['2014 -> 2014']);
    assert.deepStrictEqual(brief('The council recorded 2014 referrals last year.').filter((d) => d.startsWith('2014')), []);
    assert.deepStrictEqual(brief('Staff dealt with 1500 cases.'), []);
  });

  it('"the Saturday edition" is no date; "the Monday before" and "on Saturday morning" are', () => {
    const head = 'Headline\nSaturday, 22 September 2018\n\n';
    assert.deepStrictEqual(brief(`${head}Letters cannot be considered for the Saturday edition.`), ['Saturday, 22 September 2018 -> 2018-09-22']);
    assert.deepStrictEqual(brief(`${head}The panel met on Saturday morning.`).length, 2);
  });

  it('"due to be set by full council on 24 February" is ahead of the date line', () => {
    assert.deepStrictEqual(brief('Headline\n2 February 2022\n\nThe budget is due to be set by full council on 24 February.').slice(1), ['24 February -> 2022-02-24']);
    assert.deepStrictEqual(brief('Headline\n2 March 2022\n\nThe budget was set by full council on 24 February.').slice(1), ['24 February -> 2022-02-24']);
    assert.deepStrictEqual(brief('Headline\n2 February 2022\n\nThe budget was set by full council on 24 March.').slice(1), ['24 March -> 2021-03-24']);
    // a past date a few weeks ahead of the date line is the date ahead, told in the wrong tense (the future-tense check says so)
    assert.deepStrictEqual(brief('Headline\n2 February 2022\n\nThe budget was set by full council on 24 February.').slice(1), ['24 February -> 2022-02-24']);
  });

  it('a "Read more:" link line is not article text', () => {
    assert.deepStrictEqual(brief('Headline\n4 March 2020\n\nRead more: Council tax set to rise in April\n\nText.'), ['4 March 2020 -> 2020-03-04']);
  });

  it('"this morning" is the article\'s day; "if ... in April" looks ahead; "2019 in review"; "(May)" in a list', () => {
    const head = 'Headline\nMonday, February 8, 2016\n\n';
    assert.deepStrictEqual(brief(`${head}She told staff in an email this morning that she would go.`).slice(1), ['this morning -> 2016-02-08']);
    assert.deepStrictEqual(brief('Headline\nThursday, 14 March 2019\n\nIf the budget is cut again in April, services will suffer.').slice(1), ['April -> 2019-04']);
    assert.deepStrictEqual(brief('2019 in review: one leap, one fall'), ['2019 -> 2019']);
    assert.deepStrictEqual(brief('Lindenfield (May): Outstanding'), ['May -> null']);
  });

  it('a weekday picks the year the tense left open; "on a Tuesday night" and "the first Thursday of every month" are routines', () => {
    assert.deepStrictEqual(brief('Headline\nMonday 22 March 2021\n\nThe trust takes over the work on Thursday, 1 April.').slice(1), ['Thursday, 1 April -> 2021-04-01']);
    // a weekday in a paper's name, after an adjective and "a", or every other week is no day
    assert.deepStrictEqual(brief('THE SUNDAY CLARION\nSunday 11 July 2027\n\nIt was a wet Tuesday in the home. Her column appears every other Sunday. She reads the Sunday Times.').map((x) => x.split(' -> ')[0]),
      ['Sunday 11 July 2027']);
    // a past date a month before the article keeps its year: the weekday is wrong, not the year (9 December 2025 was a Tuesday)
    assert.deepStrictEqual(brief('Headline\nFriday 16 January 2026\n\nInspectors arrived unannounced on Wednesday 9 December.').slice(1), ['Wednesday 9 December -> 2025-12-09']);
    assert.deepStrictEqual(brief('Headline\nMonday 22 March 2021\n\nIt means something on a Tuesday night. The board meets on the first Thursday of every month.').slice(1), []);
  });
});


describe('extractDates: spans over two months, festivals and plans in the present', () => {
  const head = 'Trade press\nFriday 17 April 2026\n\n';
  it('"from 22 September to 3 October" is one date, its first day; "3 March and 4 April" are two; "13 and 14 May last year" is one', () => {
    assert.deepStrictEqual(brief(`${head}Inspectors visited from 22 September to 3 October 2025.`), ['Friday 17 April 2026 -> 2026-04-17', '22 September to 3 October 2025 -> 2025-09-22']);
    assert.deepStrictEqual(brief(`${head}It ran from 28 December to 9 January 2026.`), ['Friday 17 April 2026 -> 2026-04-17', '28 December to 9 January 2026 -> 2025-12-28']);
    assert.deepStrictEqual(brief(`${head}Visits were held on 3 March and 4 April.`), ['Friday 17 April 2026 -> 2026-04-17', '3 March -> 2026-03-03', '4 April -> 2026-04-04']);
    assert.deepStrictEqual(brief(`${head}It was inspected on 13 and 14 May last year.`), ['Friday 17 April 2026 -> 2026-04-17', '13 and 14 May last year -> 2025-05-13']);
  });

  it('"retired at Easter" is Easter Sunday by the article\'s date, "before Christmas" in the future the next Christmas; "Easter Monday fair" is neither', () => {
    assert.deepStrictEqual(brief(`${head}Vernon Leggott, who retired at Easter, was thanked. The home will reopen before Christmas.`),
      ['Friday 17 April 2026 -> 2026-04-17', 'Easter -> 2026-04-05', 'Christmas -> 2026-12-25']);
    assert.deepStrictEqual(brief(`${head}The Easter Monday fair and Christmas lunch were held.`), ['Friday 17 April 2026 -> 2026-04-17']);
  });

  it('a plan in the present progressive looks ahead ("is taking on 12 newly qualified social workers in September")', () => {
    assert.deepStrictEqual(brief('Stannerton News\nPublished: 07/05/2026\n\nThe council is taking on 12 newly qualified social workers in September.'),
      ['07/05/2026 -> 2026-05-07', 'September -> 2026-09']);
  });
});

describe('extractDates: an outlet named "Today"', () => {
  it('"COAST TODAY" and "told Dovebridge Today" are names; "published today" and a sentence\'s opening "Today" are dates', () => {
    assert.deepStrictEqual(brief('COAST TODAY\n\nFriday 10 April 2026\n\nShe told Dovebridge Today the report was fair.'), ['Friday 10 April 2026 -> 2026-04-10']);
    assert.deepStrictEqual(brief('News\nFriday 10 April 2026\n\nThe report was published today. Today the council responded.'),
      ['Friday 10 April 2026 -> 2026-04-10', 'today -> 2026-04-10', 'Today -> 2026-04-10']);
  });
});
