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
    assert.deepStrictEqual(brief('Headline\nMonday 22 March 2021\n\nIt means something on a Tuesday night. The board meets on the first Thursday of every month.').slice(1), []);
  });
});

