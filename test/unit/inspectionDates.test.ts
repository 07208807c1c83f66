import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { findInspectionDateConflicts, findInspectionStarts } from '../../server/src/analysis/inspectionDates';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed, seedNames } from '../seeds';
import { dateAt, facts } from './factsHelpers';

// A dated article, so that "24 June" resolves to a day of 2019.
const DATELINE = 'Saturday 21 September 2019\n\n';
const conflicts = (body: string) => {
  const t = DATELINE + body;
  return analyzeArticle(t, 'a.txt').diagnostics.filter((d) => d.code === 'date-conflict');
};
const flagged = (body: string) => conflicts(body).map((d) => d.text);

describe('inspectionDates: one inspection, two start dates', () => {
  it('flags "began on Wednesday 26 June" against "arrived on 24 June", on the later mention', () => {
    const body = 'The inspection began on Wednesday 26 June and lasted two weeks. Staff were nervous.\n\n' +
      'Managers recalled the day when inspectors arrived on 24 June with a list of cases.';
    const ds = conflicts(body);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].text, '24 June');
    assert.match(ds[0].message, /“inspectors arrived … 24 June”.*“inspection began … Wednesday 26 June”/);
    const t = DATELINE + body;
    assert.strictEqual(t.slice(ds[0].related![0].start, ds[0].related![0].end), 'Wednesday 26 June');
  });

  it('takes a range\'s first date as the start (with the year of its end) and never the end', () => {
    const t = DATELINE + 'The inspection ran from 24 June to 5 July. Inspectors arrived on 24 June.';
    const a = analyzeArticle(t, 'a.txt', undefined, undefined, false);
    const starts = findInspectionStarts(prepareText(t), a.dates);
    // a span over two months is one date, resolved to its first day
    assert.deepStrictEqual(starts.map((e) => [e.date.text, e.strict]), [['24 June to 5 July', true], ['24 June', true]]);
    assert.deepStrictEqual(flagged('The inspection ran from 24 June to 5 July. Inspectors arrived on 24 June.'), []);
    assert.deepStrictEqual(flagged('The inspection took place between 2 June and 26 June 2014. The inspection began on 9 June 2014.'), ['9 June 2014']);
  });

  it('does not compare dates in different years, or far apart in one year (two visits)', () => {
    assert.deepStrictEqual(flagged('The inspection began on 24 June 2018. The inspection began on 20 June 2019.'), []);
    assert.deepStrictEqual(flagged('Inspectors arrived on 3 June. Months later, inspectors arrived on 4 November.'), []);
  });

  it('does not compare another inspection marked by a sequence word, a year or its kind', () => {
    // Without the marker the same two dates are one inspection misdated.
    assert.deepStrictEqual(flagged('The inspection began on 10 June. The inspection began on 24 June.'), ['24 June']);
    assert.deepStrictEqual(flagged('The previous inspection began on 10 June. The inspection began on 24 June.'), []);
    assert.deepStrictEqual(flagged('The last inspection began on 10 June. Inspectors arrived on 24 June.'), []);
    assert.deepStrictEqual(flagged('Inspectors arrived on 3 June for a monitoring visit. The inspection began on 24 June.'), []);
    assert.deepStrictEqual(flagged('Inspectors arrived for a focused visit on 10 June. The inspection began on 24 June.'), []);
    assert.deepStrictEqual(flagged('The re-inspection began on 10 June. The inspection began on 24 June.'), []);
    assert.deepStrictEqual(flagged('Its fostering service was inspected in May. Inspectors arrived on 3 June.'), []);
  });

  it('does not take a supposed or planned visit for a reported one', () => {
    assert.deepStrictEqual(flagged('The inspection began on 24 June. She said that if inspectors arrived on 3 July they would find it changed.'), []);
    assert.deepStrictEqual(flagged('The inspection began on 24 June. Managers worried what would happen when inspectors arrived on 10 July.'), []);
  });

  it('a date within the inspection is no conflict; one before its start is', () => {
    assert.deepStrictEqual(flagged('The inspection began in June. Inspectors arrived on 24 June.'), []);
    assert.deepStrictEqual(flagged('The inspection began on 26 June. The inspection, which took place in July, was thorough.'), []);
    assert.deepStrictEqual(flagged('Children\'s services were inspected in July. The inspection took place in June.'), []);
    assert.deepStrictEqual(flagged('The inspection took place in May. Inspectors arrived on 3 June.'), ['3 June']);
  });

  it('a day after the last day of an inspection of stated length is a conflict; one within it is not', () => {
    const ds = conflicts('The two-day inspection began on Tuesday 2 July. Staff worked hard since the inspection on 4 July.');
    assert.deepStrictEqual(ds.map((d) => d.text), ['4 July']);
    assert.match(ds[0].message, /lasted 2 days/);
    assert.deepStrictEqual(flagged('The two-day inspection began on Tuesday 2 July. Staff worked hard since the inspection on 3 July.'), []);
    assert.deepStrictEqual(flagged('The three-week inspection began on Monday 1 July. The inspection on 15 July looked at care.'), []);
    assert.deepStrictEqual(flagged('The inspection began on Tuesday 2 July. The inspection on 4 July looked at care.'), []);
    // a kind word far on in the sentence is not the inspection's kind
    assert.deepStrictEqual(flagged('The two-day inspection began on Tuesday 2 July and looked at how the council handles calls and referrals from police, schools and doctors. ' +
      'Staff worked hard since the inspection on 4 July.'), ['4 July']);
  });

  it('a visit "carried out on 6 and 7 July" lasted those days: "the visit on 8 July" does not fit it, "on 7 July" does', () => {
    assert.deepStrictEqual(flagged('The assurance visit carried out by Ofsted on 2 and 3 July 2019 found progress. Inspectors met care leavers during the visit on 4 July.'), ['4 July']);
    assert.deepStrictEqual(flagged('The assurance visit carried out by Ofsted on 2 and 3 July 2019 found progress. Inspectors met care leavers during the visit on 3 July.'), []);
    assert.deepStrictEqual(flagged('The minister’s visit on 2 July was short. A second visit on 9 July went well.'), []);
  });

  it('"The inspectors were in X from 8 to 19 May" starts on the 8th: "arrived on 22 May" conflicts, and the message quotes the range', () => {
    const ds = conflicts('The inspectors were in Carrowby from 8 to 19 May, and their report was published in June. When the inspectors arrived on 22 May, the service had vacancies.');
    assert.deepStrictEqual(ds.map((d) => d.text), ['22 May']);
    assert.match(ds[0].message, /8 to 19 May/);
  });

  it('"followed an inspection from 14 to 25 January" starts on the 14th: "inspectors arrived on 21 January" conflicts', () => {
    assert.deepStrictEqual(flagged('The report followed an inspection from 14 to 25 January. When inspectors arrived on 21 January, cases waited.'), ['21 January']);
    assert.deepStrictEqual(flagged('The report followed an inspection from 14 to 25 January. When inspectors arrived on 14 January, cases waited.'), []);
  });

  it('"Tenterby, inspected from 4 to 15 March" against "inspectors arrived on 18 March"', () => {
    assert.deepStrictEqual(flagged('Tenterby, inspected from 4 to 15 March, now requires improvement. When inspectors arrived on 18 March, staff were ready.'), ['18 March']);
  });

  it('"The visit, on 11 and 12 June" against "the visit on 18 and 19 June": one visit dated two ways, quoted as written', () => {
    const ds = conflicts('The visit, on 11 and 12 June, looked at children in care. Inspectors who carried out the visit on 18 and 19 June met 14 children.');
    assert.deepStrictEqual(ds.map((d) => d.text), ['18 and 19 June']);
    assert.match(ds[0].message, /“visit on … 18 and 19 June”.*“visit, on … 11 and 12 June”/);
    // a day inside the two named is the same visit
    assert.deepStrictEqual(flagged('The visit, on 11 and 12 June, looked at children in care. The visit on 12 June met 14 children.'), []);
  });

  it('"at the March visit" names the visit by its month: against "The visit, on 8 and 9 April, focused on ..."', () => {
    const ds = conflicts('The visit, on 8 and 9 April, focused on children in need. The director said that at the March visit inspectors had sampled 38 cases.');
    assert.deepStrictEqual(ds.map((d) => d.text), ['March']);
    assert.match(ds[0].message, /“the March visit” here, but “visit, on … 8 and 9 April” earlier/);
    assert.deepStrictEqual(flagged('The visit, on 8 and 9 April, focused on children in need. At the April visit inspectors sampled 38 cases.'), []);
  });

  it('compares a focused (or monitoring) visit with itself: "took place on 12 and 13 November" against "the visit on 19 and 20 November"', () => {
    assert.deepStrictEqual(flagged('Ofsted’s focused visit took place on 12 and 13 August. In a letter after the visit on 19 and 20 August, inspectors praised the front door.'),
      ['19 and 20 August']);
    assert.deepStrictEqual(flagged('The monitoring visit, on 8 and 9 April, looked at care leavers. Inspectors who made the visit on 15 and 16 April met staff.'), ['15 and 16 April']);
    // the same days, or one of them, are the same visit
    assert.deepStrictEqual(flagged('Ofsted’s focused visit took place on 12 and 13 August. In a letter after the visit on 13 August, inspectors praised the front door.'), []);
  });

  it('"carried out a focused visit to X\'s "front door" on 9 and 10 March" against "the two-day visit, which began on 16 March"; not a minister\'s visit', () => {
    assert.deepStrictEqual(flagged('Ofsted carried out a focused visit to Tarnside Council’s "front door" on 9 and 10 August. During the two-day visit, which began on 16 August, inspectors met staff.'),
      ['16 August']);
    assert.deepStrictEqual(flagged('Ofsted carried out a focused visit to Tarnside Council’s "front door" on 9 and 10 August. During the two-day visit, which began on 9 August, inspectors met staff.'), []);
    assert.deepStrictEqual(flagged('The focused visit began on 9 August. The minister’s visit to the home on 16 August was brief.'), []);
  });

  it('"In May inspectors arrived on 14 May" is a visit reported, not supposed: the month is no modal', () => {
    assert.deepStrictEqual(flagged('The inspection began on 7 May. In May inspectors arrived on 14 May and stayed a week.'), ['14 May']);
    assert.deepStrictEqual(flagged('The inspection began on 7 May. Inspectors may have arrived on 14 May.'), []);
  });

  it('"The inspection was carried out in February" opening the sentence after one on a JTAI is that JTAI, not the home\'s inspection', () => {
    const home = 'Pightle House was inspected on 10 and 11 August and judged outstanding. ';
    assert.deepStrictEqual(flagged(home + 'Separately, the findings of a joint targeted area inspection were published on 2 September. The inspection was carried out in July by four inspectorates.'), []);
    assert.deepStrictEqual(flagged(home + 'The findings were published on 2 September. The inspection was carried out in July by Ofsted.'), ['July']);
  });

  it('does not compare two kinds of inspection, nor a bare "visit" where the article names visits of two kinds', () => {
    assert.deepStrictEqual(flagged('The focused visit took place on 12 and 13 August. The fostering inspection began on 19 August.'), []);
    assert.deepStrictEqual(flagged('The focused visit took place on 12 and 13 August. A monitoring visit of the fostering service came later. ' +
      'Managers met inspectors during the visit on 19 and 20 August.'), []);
    assert.deepStrictEqual(flagged('The focused visit took place on 12 and 13 August. Managers met inspectors during the visit on 19 and 20 August.'), ['19 and 20 August']);
  });

  it('does not compare inspections of two named councils', () => {
    const t = 'Inspectors arrived at Wessex City Council on 3 June. Inspectors arrived at Barsetshire County Council on 10 June.';
    const f = facts({ dates: [dateAt(t, '3 June', '2019-06-03'), dateAt(t, '10 June', '2019-06-10')] });
    assert.deepStrictEqual(findInspectionDateConflicts(prepareText(t), f), []);
    const same = 'Inspectors arrived at Wessex City Council on 3 June. Inspectors arrived at Wessex City Council on 10 June.';
    const g = facts({ dates: [dateAt(same, '3 June', '2019-06-03'), dateAt(same, '10 June', '2019-06-10')] });
    assert.deepStrictEqual(findInspectionDateConflicts(prepareText(same), g).map((d) => d.text), ['10 June']);
  });

  it('does not compare the inspections of two homes named as what was inspected; one home named twice is compared', () => {
    const body = 'The Head of Service reported that Elterwick Lodge had been inspected on 18 and 19 May and judged good overall.\n\n' +
      'Hesketside House had been inspected in April and had again been judged outstanding.';
    assert.deepStrictEqual(flagged(body), []);
    assert.deepStrictEqual(flagged(body.replace('Hesketside House', 'Elterwick Lodge')), ['April']);
    // "The home had been inspected": no name, so compared as before
    assert.deepStrictEqual(flagged(body.replace('Hesketside House', 'The home')), ['April']);
  });

  it('an interim inspection is a kind of its own: "Moorholme Lodge had received an interim inspection in April" after a full one in May', () => {
    const body = 'Harlingden House, the council\'s home for four children, had been inspected on 11 and 12 May and judged outstanding.\n\n' +
      'Moorholme Lodge had received an interim inspection in April.';
    assert.deepStrictEqual(flagged(body), []);
    assert.deepStrictEqual(flagged(body.replace('an interim inspection', 'an inspection')), ['April']);
  });

  it('finds nothing on the seeds', () => {
    for (const s of seedNames()) {
      const t = readSeed(s);
      assert.deepStrictEqual(findInspectionDateConflicts(prepareText(t), { ...analyzeArticle(t, s, undefined, undefined, false), articleDate: null }), [], s);
    }
  });
});
