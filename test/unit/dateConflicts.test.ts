import * as assert from 'assert';
import { findDateConflicts, findReversedSequences } from '../../server/src/analysis/dateConflicts';
import { findDatedEvents } from '../../server/src/analysis/eventDates';
import { prepareText } from '../../server/src/analysis/text';
import { dateAt, facts, personAt } from './factsHelpers';

describe('dateConflicts: one event, two dates', () => {
  it('flags the improvement notice dated May 2010 and June 2010 in one article', () => {
    const t = 'The council was served with an improvement notice in May 2010. Staff left. It has been under fire since receiving a notice to improve in June 2010, following an inspection.';
    const f = facts({ dates: [dateAt(t, 'May 2010', '2010-05'), dateAt(t, 'June 2010', '2010-06')] });
    const ds = findDateConflicts(prepareText(t), f);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].code, 'date-conflict');
    assert.strictEqual(ds[0].text, 'June 2010');
    assert.match(ds[0].message, /“notice to improve … June 2010”.*“improvement notice … May 2010”/);
    assert.strictEqual(t.slice(ds[0].related![0].start, ds[0].related![0].end), 'May 2010');
  });

  it('reads the noun: "Since the report\'s publication on 22 June" against "was published on 29 June 2027"; not the same day twice', () => {
    const t = '3.3 The inspection report was published on 29 June 2027. 5.3 Since the report\'s publication on 22 June, officers have met each team.';
    const f = facts({ dates: [dateAt(t, '29 June 2027', '2027-06-29'), dateAt(t, '22 June', '2027-06-22')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['22 June']);
    const same = t.replace('22 June', '29 June');
    assert.deepStrictEqual(findDateConflicts(prepareText(same), facts({ dates: [dateAt(same, '29 June 2027', '2027-06-29'), dateAt(same, '29 June', '2027-06-29', 1)] })), []);
  });

  it('flags a report published in February and in March of one year', () => {
    const t = 'The report came out in February 2011. Later, the report, which was published in March 2011, was criticised.';
    const f = facts({ dates: [dateAt(t, 'February 2011', '2011-02'), dateAt(t, 'March 2011', '2011-03')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['March 2011']);
  });

  it('flags a person resigning on two dates, keyed by the person', () => {
    const t = 'John Richards resigned in September 2011. Mr Richards resigned in August 2011.';
    const p = personAt(t, 'John Richards', [['John Richards'], ['Mr Richards']]);
    const f = facts({ people: [p], dates: [dateAt(t, 'September 2011', '2011-09'), dateAt(t, 'August 2011', '2011-08')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['August 2011']);
  });

  it('is silent for several reports in a list, further reports, other precisions and other people', () => {
    const t = 'Two critical reports came out in March 2010 and February 2011. A further report, published in March 2012, was kinder. ' +
      'The report was published in 2012. Ann Lee resigned in May 2012. Bob Hall resigned in June 2012.';
    const f = facts({
      people: [personAt(t, 'Ann Lee', [['Ann Lee']]), personAt(t, 'Bob Hall', [['Bob Hall']])],
      dates: [dateAt(t, 'March 2010', '2010-03'), dateAt(t, 'February 2011', '2011-02'), dateAt(t, 'March 2012', '2012-03'),
        dateAt(t, '2012', '2012', 1), dateAt(t, 'May 2012', '2012-05'), dateAt(t, 'June 2012', '2012-06')],
    });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f), []);
    assert.strictEqual(findDatedEvents(prepareText(t), f.dates, f.people, '').length, 3);
  });

  it('reads a pronoun subject: "she" is the person named last, "I" the one person given that event by name', () => {
    const t = 'Dame Ann Lee keeps a photograph on her wall. She qualified as a social worker in 1998. ' +
      'In the 25 years since qualifying in 2001, she has kept a caseload. Dr Ann Lee took up her post as director in September. ' +
      'A: When I took up the post on 7 October, I sat with the duty team.';
    const p = personAt(t, 'Ann Lee', [['Dame Ann Lee'], ['Dr Ann Lee']]);
    const f = facts({ people: [p], dates: [dateAt(t, '1998', '1998'), dateAt(t, '2001', '2001'), dateAt(t, 'September', '2026-09'), dateAt(t, '7 October', '2026-10-07')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['2001', '7 October']);
  });

  it('is silent for "newly qualified" staff, an "I" with no one named for the event, and the same month told twice', () => {
    const t = 'Ann Lee took up her post in September. When I took up the post on 7 September, it was hard. ' +
      'The council hired newly qualified social workers in 2019 and qualified staff in 2021. When I qualified in 2009, grades were new. Bob Hall qualified in 2009.';
    const f = facts({
      people: [personAt(t, 'Ann Lee', [['Ann Lee']]), personAt(t, 'Bob Hall', [['Bob Hall']])],
      dates: [dateAt(t, 'September', '2026-09'), dateAt(t, '7 September', '2026-09-07'), dateAt(t, '2019', '2019'), dateAt(t, '2021', '2021'),
        dateAt(t, '2009', '2009'), dateAt(t, '2009', '2009', 1)],
    });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f), []);
  });

  it('dates a timeline entry by its heading: "in a report published in April 2023" against "May 2023" over "Ofsted\'s report is published."', () => {
    const t = 'Last week Ofsted rated the council good, three years after finding it inadequate in a report published in April 2023.\n\nFebruary 2023\nInspectors return for three weeks.\n\n' +
      'May 2023\nOfsted\'s report is published. The council is rated inadequate.\n\nJune 2023\nThe director leaves.\n\nThe report is published on the council\'s website.\n';
    const f = facts({ dates: [dateAt(t, 'April 2023', '2023-04'), dateAt(t, 'February 2023', '2023-02'), dateAt(t, 'May 2023', '2023-05'), dateAt(t, 'June 2023', '2023-06')] });
    // the last paragraph is no entry: it is not on the line after a heading
    const ds = findDateConflicts(prepareText(t), f);
    assert.deepStrictEqual(ds.map((d) => d.text), ['May 2023']);
  });

  it('flags a date told as "a fortnight after the notice" that falls before the notice\'s own date, and not one that falls after it', () => {
    const wrong = 'The Department for Education issued an improvement notice on 21 January 2026. The board first met on 4 February 2025, a fortnight after the notice was issued.';
    const f = facts({ dates: [dateAt(wrong, '21 January 2026', '2026-01-21'), dateAt(wrong, '4 February 2025', '2025-02-04')] });
    const ds = findDateConflicts(prepareText(wrong), f);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.text]), [['sequence-reversed', '4 February 2025']]);
    assert.match(ds[0].message, /after the improvement notice, but the article dates that “21 January 2026”/);
    const right = wrong.replace('2025', '2026');
    const g = facts({ dates: [dateAt(right, '21 January 2026', '2026-01-21'), dateAt(right, '4 February 2026', '2026-02-04')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(right), g), []);
    // "after the report on ..." names its own date
    const own = 'The report was published on 3 May 2024. Staff met on 1 March 2024, after the report on adoption.';
    const h = facts({ dates: [dateAt(own, '3 May 2024', '2024-05-03'), dateAt(own, '1 March 2024', '2024-03-01')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(own), h), []);
  });

  it('an arrival told of the person just named or a pronoun ("when he arrived in January 2024" ... "since he arrived in the autumn of 2023"), not of inspectors', () => {
    const t = 'The director, Dr Arul Sivapalan, spoke on Monday. He inherited a service in trouble when he arrived in January 2024. ' +
      'Dr Sivapalan has had two and a half years since he arrived in the autumn of 2023. Dr Sivapalan said inspectors arrived in March 2026.';
    const p = personAt(t, 'Arul Sivapalan', [['Dr Arul Sivapalan'], ['Dr Sivapalan'], ['Dr Sivapalan', 1]]);
    const f = facts({ people: [p], dates: [dateAt(t, 'January 2024', '2024-01'), dateAt(t, '2023', '2023'), dateAt(t, 'March 2026', '2026-03')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['2023']);
  });

  it('a start in a post: "became director ... in September 2026" against "When I arrived in November 2026"; two posts are two starts', () => {
    const t = 'Nadeesha Amarasekara became director of children\'s services at Marnby Council in September 2026. When I arrived in November 2026, the service was in trouble.';
    const p = personAt(t, 'Nadeesha Amarasekara', [['Nadeesha Amarasekara']]);
    const f = facts({ people: [p], dates: [dateAt(t, 'September 2026', '2026-09'), dateAt(t, 'November 2026', '2026-11')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['November 2026']);
    // "has managed X since 2025" starts there too
    const since = 'Abdi Yasin has managed Rosewarnack Lodge, a home in Porthkellow, since 2025. When I took over in 2026, staff kept leaving.';
    const q = personAt(since, 'Abdi Yasin', [['Abdi Yasin']]);
    assert.deepStrictEqual(findDateConflicts(prepareText(since), facts({ people: [q], dates: [dateAt(since, '2025', '2025'), dateAt(since, '2026', '2026')] }))
      .map((d) => d.text), ['2026']);
    // "When I started here in March 2027" after "became director ... in January 2027"; not "started the review"
    const started = 'Dr Ayo Olajide became director of children\'s services at Kelderthwaite Council in January 2027. When I started here in March 2027, staff were tired. ' +
      'He started the review in March 2027.';
    const o = personAt(started, 'Ayo Olajide', [['Dr Ayo Olajide']]);
    assert.deepStrictEqual(findDateConflicts(prepareText(started), facts({ people: [o], dates: [dateAt(started, 'January 2027', '2027-01'),
      dateAt(started, 'March 2027', '2027-03'), dateAt(started, 'March 2027', '2027-03', 1)] })).map((d) => d.start), [started.indexOf('March 2027')]);
    // a start in a post is once in a life: "became director ... in March 2019" against "When I arrived in March 2021"
    const years = 'Dr Ynyr Meyrick became director of children\'s services at Cawlaw County Council in March 2019. When I arrived in March 2021, the relationship was broken.';
    const y = personAt(years, 'Ynyr Meyrick', [['Dr Ynyr Meyrick']]);
    assert.deepStrictEqual(findDateConflicts(prepareText(years), facts({ people: [y], dates: [dateAt(years, 'March 2019', '2019-03'), dateAt(years, 'March 2021', '2021-03')] }))
      .map((d) => d.text), ['March 2021']);
    // a column's "I" who became director is not the professor who "has chaired the partnership since 2022"
    const column = 'When I became director of children\'s services in Hexcombe in 2014, the council had been judged inadequate. ' +
      'Professor Idwal Harries, who has chaired the safeguarding children partnership since 2022, told me so.';
    const h = personAt(column, 'Idwal Harries', [['Professor Idwal Harries']]);
    assert.deepStrictEqual(findDateConflicts(prepareText(column), facts({ people: [h], dates: [dateAt(column, '2014', '2014'), dateAt(column, '2022', '2022')] })), []);
    // an assistant director who later became director started twice; "became concerned" is no post
    const two = 'Nadeesha Amarasekara became assistant director in 2025. She became director of children\'s services in 2026, and became concerned in 2025.';
    const r = personAt(two, 'Nadeesha Amarasekara', [['Nadeesha Amarasekara']]);
    const g = facts({ people: [r], dates: [dateAt(two, '2025', '2025'), dateAt(two, '2026', '2026'), dateAt(two, '2025', '2025', 1)] });
    assert.deepStrictEqual(findDateConflicts(prepareText(two), g), []);
  });

  it('a fronted "Having received the draft report on 16 April" puts the main clause\'s "on 8 April" after it; a draft report is not its publication', () => {
    const t = '3.2 The inspection report was published on 30 April 2026.\n\n4.1 Having received the draft report on 16 April, the team held a workshop on 8 April to agree the plan.';
    const f = facts({ dates: [dateAt(t, '30 April 2026', '2026-04-30'), dateAt(t, '16 April', '2026-04-16'), dateAt(t, '8 April', '2026-04-08')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f), []);
    assert.deepStrictEqual(findReversedSequences(prepareText(t), f).map((d) => [d.code, d.text]), [['sequence-reversed', '16 April, the team held a workshop on 8 April']]);
    const right = t.replace('on 8 April', 'on 28 April');
    const g = facts({ dates: [dateAt(right, '30 April 2026', '2026-04-30'), dateAt(right, '16 April', '2026-04-16'), dateAt(right, '28 April', '2026-04-28')] });
    assert.deepStrictEqual(findReversedSequences(prepareText(right), g), []);
  });

  it('a report listed by its title among background papers ("Ofsted, Inspection of X children\'s services, published 7 May 2026") is the report', () => {
    const t = 'The inspection report was published on 30 April 2026.\n\n8.1 Ofsted, Inspection of Marlowbridge Borough Council children\'s services, published 7 May 2026.';
    const f = facts({ dates: [dateAt(t, '30 April 2026', '2026-04-30'), dateAt(t, '7 May 2026', '2026-05-07')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['7 May 2026']);
    const same = t.replace('7 May 2026', '30 April 2026');
    const g = facts({ dates: [dateAt(same, '30 April 2026', '2026-04-30'), dateAt(same, '30 April 2026', '2026-04-30', 1)] });
    assert.deepStrictEqual(findDateConflicts(prepareText(same), g), []);
  });

  it('the date of a first time belongs to its own clause ("kept the outstanding grade it was first awarded in 2021 after an inspection last month")', () => {
    const t = 'Saltings House kept the outstanding grade it was first awarded in 2021 after an inspection last month.';
    const f = facts({ dates: [{ ...dateAt(t, '2021', '2021'), basis: 'explicit' }, { ...dateAt(t, 'last month', '2026-04'), basis: 'article-date' }] });
    assert.deepStrictEqual(findReversedSequences(prepareText(t), f), []);
  });

  it('ties a date to an event only through its syntax', () => {
    const t = 'The improvement notice, lifted in July 2012, had helped. The improvement notice came in 2010.';
    const f = facts({ dates: [dateAt(t, 'July 2012', '2012-07'), dateAt(t, '2010', '2010')] });
    assert.deepStrictEqual(findDatedEvents(prepareText(t), f.dates, [], '').map((e) => e.date.text), []);
  });
});

describe('dateConflicts: a report named by its date, or published with what it is on between', () => {
  it('"Ofsted published its report on Fennock\'s children\'s services on 28 June" against "The report on 21 June found ..."', () => {
    const t = 'When Ofsted published its report on Fennock\'s children\'s services on 28 June, it completed a set. Staff were pleased. The report on 21 June found services good.';
    const f = facts({ dates: [dateAt(t, '28 June', '2024-06-28'), dateAt(t, '21 June', '2024-06-21')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['21 June']);
  });

  it('not a report to a meeting on a date, nor a report on a topic followed later by a date', () => {
    const t = 'Ofsted published its report on 28 June. A report to cabinet on 2 July set out the plan. The report on staffing in July was late.';
    const f = facts({ dates: [dateAt(t, '28 June', '2024-06-28'), dateAt(t, '2 July', '2024-07-02'), dateAt(t, 'July', '2024-07')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f), []);
  });

  it('"since the inadequate judgement was published in March 2025" against "Ofsted published its report ... in January 2025"', () => {
    const t = 'When Ofsted published its report on Wolderby Council\'s children\'s services in January 2025, the word that stuck was drift. ' +
      'In the two years since the inadequate judgement was published in March 2025, spending rose.';
    const f = facts({ dates: [dateAt(t, 'January 2025', '2025-01'), dateAt(t, 'March 2025', '2025-03')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['March 2025']);
    const u = t.replace('March 2025', 'January 2025');
    assert.deepStrictEqual(findDateConflicts(prepareText(u), facts({ dates: [dateAt(u, 'January 2025', '2025-01')] })), []);
  });

  it('not the report as the object of a verb whose date that is ("will discuss the report on 6 April"); "In the inspection report on ..." still is', () => {
    const t = 'Its report was published on Friday 2 April. The scrutiny committee will discuss the report on 6 April.';
    const f = facts({ dates: [dateAt(t, 'Friday 2 April', '2027-04-02'), dateAt(t, '6 April', '2027-04-06')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f), []);
    const u = 'Its report was published on Friday 2 April. In the inspection report on 9 April, inspectors praised staff.';
    const g = facts({ dates: [dateAt(u, 'Friday 2 April', '2027-04-02'), dateAt(u, '9 April', '2027-04-09')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(u), g).map((d) => d.text), ['9 April']);
  });
});

describe('dateConflicts: reversed sequences', () => {
  it('flags "X in June 2010 following Y in August 2010"', () => {
    const t = 'It received a notice in June 2010 following an inspection in August 2010.';
    const f = facts({ dates: [dateAt(t, 'June 2010', '2010-06'), dateAt(t, 'August 2010', '2010-08')] });
    const ds = findReversedSequences(prepareText(t), f);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].code, 'sequence-reversed');
    assert.strictEqual(ds[0].text, 'June 2010 following an inspection in August 2010');
    assert.match(ds[0].message, /“June 2010”.*after.*“August 2010”/);
  });

  it('accepts the right order, equal coarse dates and children looked after', () => {
    const t = 'A notice in June 2010, following an inspection earlier that year. A report in March 2011 followed a visit in February 2011. ' +
      'Children looked after in 2010 after 2011 reforms.';
    const f = facts({ dates: [dateAt(t, 'June 2010', '2010-06'), dateAt(t, 'earlier that year', '2010'), dateAt(t, 'March 2011', '2011-03'),
      dateAt(t, 'February 2011', '2011-02')] });
    assert.deepStrictEqual(findReversedSequences(prepareText(t), f), []);
  });

  it('"and before that" points back: what follows it came first ("good, in 2022, and before that requires improvement, in 2016")', () => {
    const ok = 'The council was rated good, in 2022, and before that requires improvement, in 2016.';
    assert.deepStrictEqual(findReversedSequences(prepareText(ok), facts({ dates: [dateAt(ok, '2022', '2022'), dateAt(ok, '2016', '2016')] })), []);
    const bad = 'It was rated inadequate in 2015, and before that good in 2018. She joined in 2024, and after that the council was rated good in 2019.';
    const ds = findReversedSequences(prepareText(bad), facts({ dates: [dateAt(bad, '2015', '2015'), dateAt(bad, '2018', '2018'),
      dateAt(bad, '2024', '2024'), dateAt(bad, '2019', '2019')] }));
    assert.deepStrictEqual(ds.map((d) => d.text), ['2015, and before that good in 2018', '2024, and after that the council was rated good in 2019']);
  });

  it('not across a parenthesis: "found inadequate in February 2022 and is now, after a reinspection in April, judged ..."', () => {
    const t = 'Lyndale was found inadequate in February 2022 and is now, after a reinspection in April, judged to require improvement.';
    const f = facts({ dates: [dateAt(t, 'February 2022', '2022-02'), dateAt(t, 'April', '2024-04')] });
    assert.deepStrictEqual(findReversedSequences(prepareText(t), f), []);
  });
});

describe('dateConflicts: a connector\'s phrase set off by commas', () => {
  it('before another clause it closes the one before: "appointed in May 2024, following the judgement in October 2024, and arrived ..."', () => {
    const t = 'She was appointed in May 2024, following the council\'s inadequate judgement in October 2024, and arrived from a county.';
    const f = facts({ dates: [dateAt(t, 'May 2024', '2024-05'), dateAt(t, 'October 2024', '2024-10')] });
    assert.deepStrictEqual(findReversedSequences(prepareText(t), f).map((d) => d.text), ['May 2024, following the council\'s inadequate judgement in October 2024']);
    const right = t.replace('October 2024', 'October 2023');
    assert.deepStrictEqual(findReversedSequences(prepareText(right), facts({ dates: [dateAt(right, 'May 2024', '2024-05'), dateAt(right, 'October 2023', '2023-10')] })), []);
  });

  it('with no comma closing it, it runs to the sentence\'s end and belongs to what it follows ("on 24 March at which workers were told ...")', () => {
    const t = 'Cabinet members voted for the closure on 17 March, following a consultation meeting with staff on 24 March at which workers were told their jobs were safe.';
    const f = facts({ dates: [dateAt(t, '17 March', '2027-03-17'), dateAt(t, '24 March', '2027-03-24')] });
    assert.strictEqual(findReversedSequences(prepareText(t), f).length, 1);
  });

  it('is said of a first time too, past a post set off after a name ("first met in November 2026, following the appointment of X, a former director ..., in December 2026")', () => {
    const t = 'The board first met in November 2026, following the appointment of Ùisdean MacAmhlaigh, a former director of children\'s services, as the Department\'s commissioner in December 2026.';
    const f = facts({ dates: [dateAt(t, 'November 2026', '2026-11'), dateAt(t, 'December 2026', '2026-12')] });
    const ds = findReversedSequences(prepareText(t), f);
    assert.strictEqual(ds.length, 1);
    assert.ok(ds[0].text.startsWith('November 2026, following') && ds[0].text.endsWith('December 2026'));
    // a clause of its own between them still stops it
    const clause = t.replace(', a former director of children\'s services,', ', who had left the council,');
    assert.deepStrictEqual(findReversedSequences(prepareText(clause), facts({ dates: [dateAt(clause, 'November 2026', '2026-11'), dateAt(clause, 'December 2026', '2026-12')] })), []);
  });
});

describe('dateConflicts: reversed sequences told with the earlier event first or last', () => {
  it('"Following the visit on 12/03/2024, ..., the council commissioned a review, which took place in November 2023"', () => {
    const t = 'Following the focused visit on 12/03/2024, which looked at the front door, the council commissioned a review, which took place in November 2023.';
    const f = facts({ dates: [dateAt(t, '12/03/2024', '2024-03-12'), dateAt(t, 'November 2023', '2023-11')] });
    const ds = findReversedSequences(prepareText(t), f);
    assert.deepStrictEqual(ds.map((d) => d.text), ['12/03/2024, which looked at the front door, the council commissioned a review, which took place in November 2023']);
    const right = 'Following the focused visit on 12/03/2024, the council commissioned a review, which took place in November 2024.';
    assert.deepStrictEqual(findReversedSequences(prepareText(right), facts({ dates: [dateAt(right, '12/03/2024', '2024-03-12'), dateAt(right, 'November 2024', '2024-11')] })), []);
  });

  it('a cleft: "It was only after a social worker wrote in May 2025 that the council ordered an audit, in January 2025"', () => {
    const t = 'It was only after a social worker wrote to Ofsted in May 2025 that the council ordered its own audit, in January 2025.';
    const f = facts({ dates: [dateAt(t, 'May 2025', '2025-05'), dateAt(t, 'January 2025', '2025-01')] });
    assert.deepStrictEqual(findReversedSequences(prepareText(t), f).map((d) => d.text), ['May 2025 that the council ordered its own audit, in January 2025']);
  });

  it('"run since March by X, following the departure of Y in May." (the sentence ends after the event before)', () => {
    const t = 'The service has been run since March by an interim director, Ann Obi, following the departure of the director, Pat Lum, in May.';
    const f = facts({ dates: [dateAt(t, 'March', '2024-03'), dateAt(t, 'May', '2024-05')] });
    assert.deepStrictEqual(findReversedSequences(prepareText(t), f).map((d) => d.text), ['March by an interim director, Ann Obi, following the departure of the director, Pat Lum, in May']);
  });
});

describe('dateConflicts: a home closing on two dates', () => {
  it('"Chy Lowen House will shut its doors on Friday 25 April" against "the home will close on 23 April"', () => {
    const t = 'Chy Lowen House will shut its doors on Friday 25 April. Families have been told the home will close on 23 April.';
    const f = facts({ dates: [dateAt(t, 'Friday 25 April', '2025-04-25'), dateAt(t, '23 April', '2025-04-23')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['23 April']);
  });

  it('not when the article names two homes, nor a consultation that closes', () => {
    const t = 'Oak House will close on 25 April. Ash Lodge will close on 23 May. The home will close on 23 April.';
    const f = facts({ dates: [dateAt(t, '25 April', '2025-04-25'), dateAt(t, '23 May', '2025-05-23'), dateAt(t, '23 April', '2025-04-23')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f), []);
    const u = 'The home will close on 25 April. The consultation closes on 23 April.';
    assert.deepStrictEqual(findDateConflicts(prepareText(u), facts({ dates: [dateAt(u, '25 April', '2025-04-25'), dateAt(u, '23 April', '2025-04-23')] })), []);
  });
});

describe('dateConflicts: a start still to come, the notice referred back to, a home that closed', () => {
  it('"Paul Hine starts on 1 March" against "Mr Hine, who takes up the post on 8 March", and not another person\'s start', () => {
    const t = 'The new director, Paul Hine, starts on 1 March. He replaces Jane Rudd. Mr Hine, who takes up the post on 8 March, was a deputy.';
    const p = personAt(t, 'Paul Hine', [['Paul Hine'], ['Mr Hine']]);
    const f = facts({ people: [p], dates: [dateAt(t, '1 March', '2026-03-01'), dateAt(t, '8 March', '2026-03-08')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['8 March']);
    const u = 'Paul Hine starts on 1 March. Jane Rudd, the new deputy, takes up the post on 8 March.';
    const g = facts({ people: [personAt(u, 'Paul Hine', [['Paul Hine']]), personAt(u, 'Jane Rudd', [['Jane Rudd']])],
      dates: [dateAt(u, '1 March', '2026-03-01'), dateAt(u, '8 March', '2026-03-08')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(u), g), []);
  });

  it('"the notice was served in February 2024" is the improvement notice "issued on 3 March 2024"; the same month agrees', () => {
    const t = 'The improvement notice was issued on 3 March 2024. Since the notice was served in February 2024, the council has hired staff.';
    const f = facts({ dates: [dateAt(t, '3 March 2024', '2024-03-03'), dateAt(t, 'February 2024', '2024-02')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['February 2024']);
    const same = t.replace('February 2024', 'March 2024');
    assert.deepStrictEqual(findDateConflicts(prepareText(same), facts({ dates: [dateAt(same, '3 March 2024', '2024-03-03'), dateAt(same, 'March 2024', '2024-03', 1)] })), []);
    // with no improvement notice named, "the notice" may be any notice
    const u = 'The council was warned on 3 March 2024. Since the notice was served in February 2024, it has hired staff.';
    assert.deepStrictEqual(findDateConflicts(prepareText(u), facts({ dates: [dateAt(u, '3 March 2024', '2024-03-03'), dateAt(u, 'February 2024', '2024-02')] })), []);
  });

  it('a home that closed on one date, then on another', () => {
    const t = 'The home closed on 30 September after its registration was suspended. Staff said the home closed on 2 October.';
    const f = facts({ dates: [dateAt(t, '30 September', '2025-09-30'), dateAt(t, '2 October', '2025-10-02')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['2 October']);
  });
});

describe('dateConflicts: a month or season whose year the resolver supplied', () => {
  const guessed = (t: string, needle: string, resolved: string) => ({ ...dateAt(t, needle, resolved), basis: 'article-date' as const });

  it('"rated good in 2022 after an inspection in the autumn" (the autumn read as 2023 from the article\'s date) is no reversal', () => {
    const t = 'Ofsted rated it good in 2022 after an inspection in the autumn.';
    const f = facts({ dates: [dateAt(t, '2022', '2022'), guessed(t, 'the autumn', '2023')] });
    assert.deepStrictEqual(findReversedSequences(prepareText(t), f), []);
  });

  it('two dates both read from the article\'s date are still compared', () => {
    const t = 'The report came out in March following an inspection in May.';
    const f = facts({ dates: [guessed(t, 'March', '2024-03'), guessed(t, 'May', '2024-05')] });
    assert.deepStrictEqual(findReversedSequences(prepareText(t), f).map((d) => d.text), ['March following an inspection in May']);
  });
});

describe('dateConflicts: events of two councils', () => {
  it('compares a report dated in a sentence that names the council with one dated where the council is left out', () => {
    const t = 'Wessex City Council was judged good in a report published on 7 February 2025. The report, published on 5 February 2025, also praised adoption.';
    const f = facts({ dates: [dateAt(t, '7 February 2025', '2025-02-07'), dateAt(t, '5 February 2025', '2025-02-05')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['5 February 2025']);
  });

  it('does not compare notices of two named councils in one article', () => {
    const t = 'Wessex City Council was served with an improvement notice in May 2010. Barsetshire County Council was served with an improvement notice in June 2010.';
    const f = facts({ dates: [dateAt(t, 'May 2010', '2010-05'), dateAt(t, 'June 2010', '2010-06')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f), []);
  });
});

describe('date conflicts: a death given two dates', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const conflicts = (t: string): string[] => analyzeArticle(t).diagnostics.filter((d: { code: string }) => d.code === 'date-conflict').map((d: { text: string }) => d.text);

  it('"died in hospital on 3 March 2021" and later "his death on 5 March 2021"', () => {
    assert.deepStrictEqual(conflicts('The baby died in hospital on 3 March 2021. Police were called before his death on 5 March 2021.'), ['5 March 2021']);
  });

  it('not deaths months apart (two children), nor the same day written twice', () => {
    assert.deepStrictEqual(conflicts('One boy died on 3 March 2021. His sister died on 20 September 2021.'), []);
    assert.deepStrictEqual(conflicts('The baby died on 3 March 2021. After his death on 3 March 2021 a review began.'), []);
  });
});

describe('dateConflicts: after that report', () => {
  const before = 'A joint targeted area inspection of the response to neglect, in January 2024, found weaknesses. ';
  const run = (second: string, dates: [string, string][]) => {
    const t = before + second;
    return findDateConflicts(prepareText(t), facts({ dates: dates.map(([x, r]) => dateAt(t, x, r)) })).map((d) => [d.code, d.text]);
  };
  it('flags a date told as after an inspection or report the sentence before dates later', () => {
    assert.deepStrictEqual(run('Ms Armistead left the council after that report was published, in November 2023.', [['January 2024', '2024-01'], ['November 2023', '2023-11']]),
      [['sequence-reversed', 'November 2023']]);
    assert.deepStrictEqual(run('After that report was published, in November 2023, Ms Armistead left.', [['January 2024', '2024-01'], ['November 2023', '2023-11']]),
      [['sequence-reversed', 'November 2023']]);
    // the sentence before dates two things: "that" points back to its last date; two dates without a year compare
    const t = 'At a full inspection in January it was judged inadequate, and inspectors returned on 19 February. Ofsted suspended its registration on 14 February, after that visit.';
    assert.deepStrictEqual(findDateConflicts(prepareText(t), facts({ dates: [dateAt(t, 'January', '2025-01'), dateAt(t, '19 February', '2025-02-19'), dateAt(t, '14 February', '2025-02-14')] }))
      .map((d) => [d.code, d.text]), [['sequence-reversed', '14 February']]);
  });
  it('accepts a later date, a report the sentence before does not date, and an article with no demonstrative', () => {
    assert.deepStrictEqual(run('Ms Armistead left the council after that report was published, in March 2024.', [['January 2024', '2024-01'], ['March 2024', '2024-03']]), []);
    assert.deepStrictEqual(run('Ms Armistead left the council after the fostering report was published, in November 2023.', [['January 2024', '2024-01'], ['November 2023', '2023-11']]), []);
    const t = 'Staff were told the news in January 2024. Ms Armistead left after that report, in November 2023.';
    assert.deepStrictEqual(findDateConflicts(prepareText(t), facts({ dates: [dateAt(t, 'January 2024', '2024-01'), dateAt(t, 'November 2023', '2023-11')] })), []);
  });
});

describe('dateConflicts: an interim post before the permanent one', () => {
  const run = (t: string, ds: [string, string][]) => findDateConflicts(prepareText(t), facts({ dates: ds.map(([x, r]) => dateAt(t, x, r)) })).map((d) => [d.code, d.text]);
  it('"joined as interim director in October 2024 and ... was confirmed as permanent director in September 2024"', () => {
    const t = 'Ann Lee joined Ellersgarth as interim director in October 2024 and, after a national search, was confirmed as permanent director in September 2024.';
    assert.deepStrictEqual(run(t, [['October 2024', '2024-10'], ['September 2024', '2024-09']]),
      [['sequence-reversed', 'October 2024 and, after a national search, was confirmed as permanent director in September 2024']]);
    assert.deepStrictEqual(run(t.replace('September 2024', 'September 2025'), [['October 2024', '2024-10'], ['September 2025', '2025-09']]), []);
    // acting, then made permanent; and no permanent post named: nothing to order
    assert.deepStrictEqual(run('Bob Hall was acting director from May 2023 and was made permanent in March 2023.', [['May 2023', '2023-05'], ['March 2023', '2023-03']]).length, 1);
    assert.deepStrictEqual(run('Bob Hall was interim director in May 2023 and left the council in March 2023.', [['May 2023', '2023-05'], ['March 2023', '2023-03']]), []);
  });
});

describe('dateConflicts: timelines', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const found = (body: string) => analyzeArticle(`Explainer\nFriday 6 March 2026\n\nHere is how it got there.\n\n${body}`).diagnostics
    .filter((d: any) => d.code === 'sequence-reversed' || d.code === 'date-conflict').map((d: any) => [d.code, d.text]);
  it('an entry happens at its heading\'s date: "June 2021" / "approves a plan drawn up after the visit in August 2021"', () => {
    assert.deepStrictEqual(found('June 2021\nThe Department for Education approves an improvement plan drawn up after Ofsted\'s first monitoring visit in August 2021.\n'),
      [['sequence-reversed', 'June 2021\nThe Department for Education approves an improvement plan drawn up after Ofsted\'s first monitoring visit in August 2021']]);
    assert.deepStrictEqual(found('June 2021\nThe Department for Education approves an improvement plan drawn up after Ofsted\'s first monitoring visit in April 2021.\n'), []);
  });
  it('a header of a cabinet paper under its date line is no report published that day', () => {
    const paper = 'CABINET\n\n16 June 2026\n\nReport of: Elaine Nattrass, Executive Director of Children\'s Services\n\n4.1 The inspection report was published on 28/05/2026.\n\n' +
      'Background papers\nOfsted inspection of Allenshaw Council children\'s services, report published 28 May 2026\n';
    assert.deepStrictEqual(analyzeArticle(paper).diagnostics.filter((d: any) => d.code === 'date-conflict'), []);
  });
});

describe('dateConflicts: a date past a comma after the connector', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const reversed = (t: string) => analyzeArticle(`Heading\nTuesday 10 February 2026\n\n${t}`).diagnostics
    .filter((d: { code: string }) => d.code === 'sequence-reversed').map((d: { text: string }) => d.text);
  it('belongs to another clause ("who joined in 2020 after the inadequate judgement, left in 2024"), unless the comma only sets it off', () => {
    assert.deepStrictEqual(reversed('The director, who joined in 2020 after the inadequate judgement, left in 2024.'), []);
    assert.deepStrictEqual(reversed('The plan was agreed in January 2024, after the inspection, in March 2024.'), ['January 2024, after the inspection, in March 2024']);
  });
});

describe('dateConflicts: a first day, and what "followed"', () => {
  it('"will start on 6 September" ... "Professor Corlett\'s first day in the post will be 13 September"', () => {
    const t = 'Professor Aalin Corlett, who is head of social work at Bransmoor University, will start on 6 September. Professor Corlett\'s first day in the post will be 13 September.';
    const p = personAt(t, 'Aalin Corlett', [['Professor Aalin Corlett'], ['Professor Corlett']]);
    const f = facts({ people: [p], dates: [dateAt(t, '6 September', '2027-09-06'), dateAt(t, '13 September', '2027-09-13')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.text), ['13 September']);
  });

  it('"judged inadequate in July 2025 ... An improvement notice followed in May 2025"; not when it followed later, nor within one sentence', () => {
    const run = (t: string, ds: [string, string][]) => findDateConflicts(prepareText(t), facts({ dates: ds.map(([x, r]) => dateAt(t, x, r)) })).map((d) => [d.code, d.text]);
    const t = 'Ofsted judged Sturcombe inadequate in July 2025. An improvement notice followed in May 2025.';
    assert.deepStrictEqual(run(t, [['July 2025', '2025-07'], ['May 2025', '2025-05']]), [['sequence-reversed', 'May 2025']]);
    assert.deepStrictEqual(run(t.replace('May 2025', 'September 2025'), [['July 2025', '2025-07'], ['September 2025', '2025-09']]), []);
    const u = 'Ofsted judged Sturcombe inadequate in July 2025 and an improvement notice followed in May 2025.';
    assert.deepStrictEqual(run(u, [['July 2025', '2025-07'], ['May 2025', '2025-05']]), []);
  });
});

describe('dateConflicts: "following that inspection" a sentence or two on', () => {
  it('"judged inadequate after a full inspection in March 2025. Inspectors found .... Following that inspection, ... in February 2025"', () => {
    const t = 'Holmebrigg was judged inadequate after a full inspection in March 2025. Inspectors found that children waited. ' +
      'Following that inspection, the Department for Education issued an improvement notice in February 2025.';
    const f = facts({ dates: [dateAt(t, 'March 2025', '2025-03'), dateAt(t, 'February 2025', '2025-02')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => d.code), ['sequence-reversed']);
    const u = t.replace('February 2025', 'May 2025');
    assert.deepStrictEqual(findDateConflicts(prepareText(u), facts({ dates: [dateAt(u, 'March 2025', '2025-03'), dateAt(u, 'May 2025', '2025-05')] })), []);
  });
});

describe('dateConflicts: "after that judgement"', () => {
  it('"judged inadequate in March 2025 ... After that judgement, the Department issued an improvement notice in February 2025"', () => {
    const t = 'Trewidden was judged inadequate in March 2025, when inspectors found unread referrals. ' +
      'After that judgement, the Department for Education issued an improvement notice in February 2025.';
    const f = facts({ dates: [dateAt(t, 'March 2025', '2025-03'), dateAt(t, 'February 2025', '2025-02')] });
    assert.deepStrictEqual(findDateConflicts(prepareText(t), f).map((d) => [d.code, d.text]), [['sequence-reversed', 'February 2025']]);
    const u = t.replace('February 2025', 'May 2025');
    assert.deepStrictEqual(findDateConflicts(prepareText(u), facts({ dates: [dateAt(u, 'March 2025', '2025-03'), dateAt(u, 'May 2025', '2025-05')] })), []);
  });
});

describe('dateConflicts: a connector that points back', () => {
  it('"Before that, in 2014, it had been rated inadequate ... not lifted until 2017" orders nothing within the sentence', () => {
    const t = 'Before that, in 2014, it had been rated inadequate and placed under a notice that was not lifted until 2017.';
    const f = facts({ dates: [dateAt(t, '2014', '2014'), dateAt(t, '2017', '2017')] });
    assert.deepStrictEqual(findReversedSequences(prepareText(t), f), []);
    const u = 'Before the inspection in 2017, it had been rated inadequate in 2019.';
    assert.deepStrictEqual(findReversedSequences(prepareText(u), facts({ dates: [dateAt(u, '2017', '2017'), dateAt(u, '2019', '2019')] })).map((d) => d.code), ['sequence-reversed']);
  });
});

describe('dateConflicts: a short interval no year fits', () => {
  it('"became registered manager in June 2026, three weeks after her predecessor left in August"; not "in May" nor without an interval', () => {
    const t = (m: string, between = ', three weeks after') => `She became registered manager in June 2026${between} her predecessor left the company in ${m}.`;
    const run = (s: string, m: string, r: string) => findReversedSequences(prepareText(s), facts({ dates: [dateAt(s, 'June 2026', '2026-06'), { ...dateAt(s, `in ${m}`, r), basis: 'article-date' }] }));
    assert.deepStrictEqual(run(t('August'), 'August', '2025-08').map((d) => d.code), ['sequence-reversed']);
    assert.match(run(t('August'), 'August', '2025-08')[0].message, /three weeks after “in August”, but no August falls that close before it/);
    assert.deepStrictEqual(run(t('May'), 'May', '2026-05'), []);
    assert.deepStrictEqual(run(t('August', ', after'), 'August', '2025-08'), []);
  });
});
