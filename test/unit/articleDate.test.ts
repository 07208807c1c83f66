import * as assert from 'assert';
import { findArticleDate } from '../../server/src/analysis/articleDate';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed } from '../seeds';

function dateOf(text: string): string | null {
  const found = findArticleDate(prepareText(text));
  if (found) assert.strictEqual(found.span.text, text.slice(found.span.start, found.span.end));
  return found ? found.date : null;
}

describe('findArticleDate', () => {
  it('reads the dateline under the byline of seed 002', () => {
    const text = readSeed('002');
    const found = findArticleDate(prepareText(text));
    assert.strictEqual(found?.date, '2011-09-07');
    assert.strictEqual(found?.span.text, 'Wednesday, September 7, 2011');
  });

  it('finds none in seeds 000, 001, 003 and 004 (their dates are inside sentences)', () => {
    for (const s of ['000', '001', '003', '004']) assert.strictEqual(dateOf(readSeed(s)), null, s);
  });

  it('dates minutes by the meeting their header names, and only a header near the top', () => {
    assert.strictEqual(dateOf('DUNSTOW BOROUGH COUNCIL\n\nMINUTES of a meeting held at the Civic Centre, Dunstow on 05/02/2019 at 6.30pm\n\nPresent: Cllr A. Bee'), '2019-02-05');
    assert.strictEqual(dateOf('Minutes of the meeting of the Scrutiny Panel held at the Town Hall on 14 November 2016\nText.'), '2016-11-14');
    // a sentence of the minutes that mentions a meeting is not its header
    assert.strictEqual(dateOf('Heading\n\nThe panel noted the minutes of the meeting held on 3 March 2016 were agreed.'), null);
    assert.strictEqual(dateOf('Minutes of a meeting held in March\nText.'), null);
  });

  it('reads a masthead\'s date between bars, and a labelled "Date of meeting:" line', () => {
    assert.strictEqual(dateOf('SEDGECOMBE COURIER\nThursday, 14 March 2019 | No. 4,812 | 95p\n\nText.'), '2019-03-14');
    assert.strictEqual(dateOf('COUNCIL\nDate of meeting: Tuesday 12 September 2023\nReport of: Director'), '2023-09-12');
    assert.strictEqual(dateOf('Headline\nPrices rose 5% | Thursday, 14 March 2019 was the day it all went wrong for the council\nText.'), null);
  });

  it('reads day-first, numeric and ISO datelines, with times and bylines', () => {
    assert.strictEqual(dateOf('Council rated inadequate\n7 September 2011\nText.'), '2011-09-07');
    assert.strictEqual(dateOf('Headline\r\n07/09/2011 10:45\r\nText.'), '2011-09-07');
    assert.strictEqual(dateOf('Headline\n2013-03-12\nText.'), '2013-03-12');
    assert.strictEqual(dateOf('Headline\nBy Jane Smith | Tuesday 12 March 2013\nText.'), '2013-03-12');
    assert.strictEqual(dateOf('Headline\nMarch 2013\nText.'), '2013-03');
  });

  it('takes a Published or Posted label anywhere, before a Last updated one', () => {
    const body = 'Story line.\n'.repeat(30);
    assert.strictEqual(dateOf(`Headline\n${body}Published: 12 March 2013`), '2013-03-12');
    assert.strictEqual(dateOf(`Headline\nLast updated: 14 March 2013\n${body}Posted on 12 March 2013`), '2013-03-12');
    assert.strictEqual(dateOf(`Headline\nLast updated 14 March 2013\n${body}`), '2013-03-14');
  });

  it('ignores dates inside sentences, far down unlabelled lines, and bare years', () => {
    assert.strictEqual(dateOf('Headline\nThe council was inspected on 7 September 2011 by Ofsted.'), null);
    assert.strictEqual(dateOf(`Headline\n${'Story line.\n'.repeat(20)}7 September 2011\n${'Story line.\n'.repeat(8)}`), null);
    assert.strictEqual(dateOf('Headline\n2011\nText.'), null);
    assert.strictEqual(dateOf('Headline\nin August 2011 the council\nText.'), null);
  });
});

describe('findArticleDate: a short label, a dash, and the date closing the line', () => {
  it('"For immediate release – 21st February 2024", "Issue 14 – Friday 30th June 2023"', () => {
    assert.strictEqual(findArticleDate(prepareText('PRESS RELEASE\nFor immediate release – 21st February 2024\n\nThe charity said so.'))?.date, '2024-02-21');
    assert.strictEqual(findArticleDate(prepareText('YOUR MP\nThe newsletter of X\nIssue 14 – Friday 30th June 2023\n\nDear constituent,'))?.date, '2023-06-30');
    // a sentence with a dash before a date is no dateline
    assert.strictEqual(findArticleDate(prepareText('The council met, and then – on 21st February 2024 – it voted.\n\nMore.')), null);
  });
});

describe('findArticleDate: "Posted on DATE by X" and a time before the date', () => {
  it('"Posted on 19th March 2024 by Councillor X, Leader of Y"; "BULLETIN: 0800 TUESDAY 3 DECEMBER 2024"', () => {
    assert.strictEqual(findArticleDate(prepareText('From the Leader\n\nPosted on 19th March 2024 by Councillor Rowena Tilsley, Leader of Sallowmere Borough Council\n\nText.'))?.date, '2024-03-19');
    assert.strictEqual(findArticleDate(prepareText('LOWMOOR SOUND NEWS\nBULLETIN: 0800 TUESDAY 3 DECEMBER 2024\nNEWSREADER: Tamsin Gorle\n\nText.'))?.date, '2024-12-03');
  });
});

describe('findArticleDate: what the label dates, and a header\'s "debated on"', () => {
  it('"Page last updated: Wednesday 12 June 2024" at the foot; "This article was first published on ..."', () => {
    assert.strictEqual(dateOf('Jobs in children\'s services\n\nWe are recruiting social workers.\n\nPage last updated: Wednesday 12 June 2024\n\nWas this page useful?'), '2024-06-12');
    assert.strictEqual(dateOf('Headline\n\nThe council said so.\n\nThis article was first published on 3 May 2022.'), '2022-05-03');
    // a sentence about a report's publication is no label
    assert.strictEqual(dateOf('Headline\n\nThe report was published on 3 May 2022 after a long wait.'), null);
  });

  it('"Volume 746: debated on Wednesday 6 March 2024" near the top; not a sentence that merely contains "held on"', () => {
    assert.strictEqual(dateOf('Hansard\n\nChildren\'s Social Care\n\nVolume 746: debated on Wednesday 6 March 2024\n\nText.'), '2024-03-06');
    assert.strictEqual(dateOf('Headline\n\nThe panel, which met on Friday, was held on 6 March 2024 in the town hall.\n\nText.'), null);
  });
});

describe('findArticleDate: a sign-off date', () => {
  const body = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} of the report says something about children's services.`).join('\n\n');
  it('a line holding only a date among the last lines of a long report or letter ("Children\'s Commissioner" / "July 2024")', () => {
    assert.strictEqual(dateOf(`Chapter 3\n\n${body}\n\nDame Petra Holt\nChildren's Commissioner\nJuly 2024\n`), '2024-07');
  });

  it('not a date line in the middle of a long text, nor a dated sentence at its end', () => {
    assert.strictEqual(dateOf(`Chapter 3\n\n${body}\n\nJuly 2024\n\n${body}\n`), null);
    assert.strictEqual(dateOf(`Chapter 3\n\n${body}\n\nThe board met on 3 July 2024.\n`), null);
  });
});

describe('findArticleDate: mastheads and datelines without a year', () => {
  it('reads a masthead whose parts stand between middle dots', () => {
    assert.strictEqual(dateOf('THE CLAYMOUTH COURIER\nNo. 6,204 · Monday 3 March 2025 · £1.20\n\nHeadline\n\nBody text here.'), '2025-03-03');
  });

  it('dates "CLAYMOUTH, March 3 – ..." by the story’s latest month and year, and not without one', () => {
    const story = 'CLAYMOUTH, March 3 – An agency has been told it requires improvement. It was inspected in January.';
    assert.strictEqual(dateOf(`Headline\n\n${story} Its plan was agreed in February 2025, after a review in May 2024.`), '2025-03-03');
    assert.strictEqual(dateOf(`Headline\n\nLONDON, 3 March (PA) - ${story.slice(22)} The plan dates from May 2024.`), '2024-03-03');
    assert.strictEqual(dateOf(`Headline\n\n${story} It was rated good in 2021.`), null);
    assert.strictEqual(dateOf(`Headline\n\nClaymouth, March 3 was a cold day, and in March 2025 it snowed.`), null);
  });
});

describe('articleDate: bylines with a time or a short year', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const dateOf = (line: string) => analyzeArticle(`HEADLINE\n\n${line}\n\nThe council said so in March.\n`).articleDate;
  it('a labelled part of a line split by bars ("Published 14:05, 9 October 2025 | Updated 16:40, 9 October 2025")', () => {
    assert.strictEqual(dateOf('Published 14:05, 9 October 2025 | Updated 16:40, 9 October 2025'), '2025-10-09');
  });
  it('a two-digit year with two-digit day and month ("By Kensa Tremain | 27.11.25"), not a paragraph number', () => {
    assert.strictEqual(dateOf('By Kensa Tremain | 27.11.25'), '2025-11-27');
    assert.strictEqual(dateOf('Wed 14/10/26 06:00'), '2026-10-14');
    assert.strictEqual(dateOf('4.1.2 The council agreed.'), null);
  });
  it('a news release\'s embargo line ("Embargoed until 00.01, Friday 17 September 2027"), not a sentence about one', () => {
    assert.strictEqual(dateOf('Embargoed until 00.01, Friday 17 September 2027'), '2027-09-17');
    assert.strictEqual(dateOf('EMBARGO: 17 September 2027'), '2027-09-17');
    assert.strictEqual(dateOf('Embargoed until the council has told the families on 17 September 2027.'), null);
  });
});
