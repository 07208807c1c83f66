import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { findGradeConflicts } from '../../server/src/analysis/gradeConflicts';
import { prepareText } from '../../server/src/analysis/text';
import { facts, ratingAt } from './factsHelpers';

describe('gradeConflicts', () => {
  const t = 'In August 2011 Ofsted rated the services inadequate. The August 2011 inspection rated the services adequate. ' +
    'It hopes to be rated good. Fostering was rated outstanding.';
  it('flags one inspection given two awarded grades', () => {
    const f = facts({ ratings: [
      ratingAt(t, 'inadequate', { grade: 'inadequate', subject: 'the services', date: '2011-08', status: 'awarded' }),
      // The second sentence's grade (the first "adequate" in the text is inside "inadequate").
      { start: t.indexOf('services adequate') + 9, end: t.indexOf('services adequate') + 17, text: 'adequate', grade: 'adequate', subject: 'services', date: '2011-08', status: 'awarded' },
      ratingAt(t, 'good', { grade: 'good', subject: 'services', date: '2011-08', status: 'aspiration' }),
      ratingAt(t, 'outstanding', { grade: 'outstanding', subject: 'fostering', date: '2011-08', status: 'awarded' }),
    ] });
    const ds = findGradeConflicts(prepareText(t), f);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.text]), [['grade-conflict', 'adequate']]);
    assert.match(ds[0].message, /adequate.*inadequate/);
  });
});

describe('gradeConflicts: a rating named by its grade', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const head = 'Netherhope news\nFriday 23 July 2027\n\n';
  const found = (body: string) => analyzeArticle(head + body).diagnostics.filter((d: any) => d.code === 'grade-conflict').map((d: any) => d.text);
  it('"Since the inadequate rating in February 2025" refers back to the inspection rated requires improvement then', () => {
    const body = 'Ofsted rated Netherhope\'s children\'s services requires improvement to be good in February 2025, finding delays.\n\n' +
      'Since the inadequate rating in February 2025, the council has recruited 38 social workers.';
    assert.deepStrictEqual(found(body), ['inadequate']);
    // another date, or no definite reference to a rating, is another inspection or another matter
    assert.deepStrictEqual(found(body.replace('inadequate rating in February 2025', 'inadequate rating in February 2019')), []);
    assert.deepStrictEqual(found(body.replace('Since the inadequate rating in February 2025', 'Two homes rated inadequate in February 2025 closed, and since then')), []);
  });
});

describe('gradeConflicts: a subject named by its kind', () => {
  const ratings = (second: string) => [
    ratingAt(T, 'requires improvement to be good', { grade: 'requires improvement', subject: 'An independent fostering agency based in Keswold', date: '2027-05', status: 'awarded' }),
    ratingAt(T, 'inadequate', { grade: 'inadequate', subject: second, date: '2027-05', status: 'awarded' }),
  ];
  const T = 'An independent fostering agency based in Keswold has been rated requires improvement to be good by Ofsted. Carers are worried. Since the agency was judged inadequate, two councils have paused referrals.';
  it('"Since the agency was judged inadequate" is the one agency graded on that date', () => {
    assert.deepStrictEqual(findGradeConflicts(prepareText(T), facts({ ratings: ratings('the agency') })).map((d) => d.text), ['inadequate']);
  });
  it('not a kind the graded subject does not name, nor one of two such subjects', () => {
    assert.deepStrictEqual(findGradeConflicts(prepareText(T), facts({ ratings: ratings('the council') })), []);
    const two = [...ratings('the agency'), ratingAt(T, 'good', { grade: 'good', subject: 'A second agency in Westmere', date: '2027-05', status: 'awarded' })];
    assert.ok(!findGradeConflicts(prepareText(T), facts({ ratings: two })).some((d) => d.text === 'inadequate' && /the agency/.test(d.message) && /requires improvement/.test(d.message)));
  });
  it('"the home", graded on a day no home was graded before, is the one home the article names', () => {
    const T2 = 'Brinedale Lodge was rated inadequate in March. At its previous full inspection, in August 2025, the home was rated good. ' +
      'When Brinedale Lodge was judged outstanding in August 2025, families were told it was one of the best.';
    const rs = (second: string) => [
      ratingAt(T2, 'inadequate', { grade: 'inadequate', subject: 'Brinedale Lodge', date: '2027-03', status: 'awarded' }),
      ratingAt(T2, 'good', { grade: 'good', subject: 'the home', date: '2025-08', status: 'awarded' }),
      ratingAt(T2, 'outstanding', { grade: 'outstanding', subject: second, date: '2025-08', status: 'awarded' }),
    ];
    assert.deepStrictEqual(findGradeConflicts(prepareText(T2), facts({ ratings: rs('Brinedale Lodge') })).map((d) => d.text), ['outstanding']);
    // another named home is not it
    assert.deepStrictEqual(findGradeConflicts(prepareText(T2), facts({ ratings: rs('Kelsall House') })), []);
  });

  it('"The inadequate judgement is a disappointment" names the inspection\'s overall judgement ("judged to require improvement to be good overall")', () => {
    const T3 = 'Ofsted published its report in April. The service was judged to require improvement to be good overall. Care leavers were judged good. ' +
      'The inadequate judgement is a disappointment after four years of good.';
    const rs = (t: string, named: string, grade: 'inadequate' | 'requires improvement') => [
      ratingAt(t, 'require improvement to be good', { grade: 'requires improvement', subject: 'The service', date: '2027-03', status: 'awarded' }),
      ratingAt(t, 'good', { grade: 'good', subject: 'Care leavers', date: '2027-03', status: 'awarded' }, 1),
      ratingAt(t, named, { grade, subject: null, date: '2027-03', status: 'awarded' }),
    ];
    const found = (t: string, named: string, grade: 'inadequate' | 'requires improvement') => findGradeConflicts(prepareText(t), facts({ ratings: rs(t, named, grade) })).map((d) => d.text);
    assert.deepStrictEqual(found(T3, 'inadequate', 'inadequate'), ['inadequate']);
    // the same grade named so is no conflict, nor one with no overall judgement to compare with
    assert.deepStrictEqual(found(T3.replace('The inadequate', 'The requires improvement'), 'requires improvement', 'requires improvement'), []);
    assert.deepStrictEqual(found(T3.replace(' overall', ''), 'inadequate', 'inadequate'), []);
  });

  it('"the 2026 report, the one that rated Cobbleden requires improvement" is the report of "In June 2026, inspectors rated Cobbleden good"', () => {
    const T4 = 'In June 2026, two years after the inadequate judgement, inspectors rated Cobbleden good overall. ' +
      'She keeps a copy of the 2026 report, the one that rated Cobbleden requires improvement to be good, in her desk.';
    const rs = (year: string) => [
      ratingAt(T4, 'good', { grade: 'good', subject: 'Cobbleden', date: '2026-06', status: 'awarded' }),
      ratingAt(T4, 'requires improvement to be good', { grade: 'requires improvement', subject: 'Cobbleden', date: year, status: 'awarded' }),
    ];
    assert.deepStrictEqual(findGradeConflicts(prepareText(T4), facts({ ratings: rs('2026') })).map((d) => d.text), ['requires improvement to be good']);
    // a year the article gives no dated judgement of, or no report named by its year, is no conflict
    assert.deepStrictEqual(findGradeConflicts(prepareText(T4), facts({ ratings: rs('2025') })), []);
    const bare = T4.replace('the 2026 report, the one that', 'a report that in 2026');
    assert.deepStrictEqual(findGradeConflicts(prepareText(bare), facts({ ratings: [ratingAt(bare, 'good', { grade: 'good', subject: 'Cobbleden', date: '2026-06', status: 'awarded' }),
      ratingAt(bare, 'requires improvement to be good', { grade: 'requires improvement', subject: 'Cobbleden', date: '2026', status: 'awarded' })] })), []);
  });

  it('a heading\'s grade before another ("Halsehayes: good to inadequate") is no subject, so two such headings are no conflict', () => {
    const text = 'Insight\nWednesday 1 December 2027\n\nFour councils received full Ofsted inspection reports between September and November.\n\n' +
      'Yarnstow: good to outstanding\n\nYarnstow was judged outstanding in October.\n\n' +
      'Halsehayes: good to inadequate\n\nHalsehayes, rated good in 2023, was judged inadequate in November.\n';
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const a = require('../../server/src/analysis/analyze').analyzeArticle(text);
    assert.ok(!a.ratings.some((r: any) => /^good$/i.test(r.subject ?? '')));
    assert.deepStrictEqual(a.diagnostics.filter((d: any) => d.code === 'grade-conflict'), []);
  });

  it('"The service" points back, not on; "their service" is not "the service" a council runs', () => {
    const t = 'Inspectors judged the council in March. The service was judged good overall. Care leavers were judged outstanding. ' +
      'Our care leavers felt forgotten. Now Ofsted says their service is outstanding.';
    const rs = [
      ratingAt(t, 'good', { grade: 'good', subject: 'The service', date: '2027-03', status: 'awarded' }),
      ratingAt(t, 'outstanding', { grade: 'outstanding', subject: 'Care leavers', date: '2027-03', status: 'awarded' }),
      ratingAt(t, 'outstanding', { grade: 'outstanding', subject: 'their service', date: '2027-03', status: 'awarded' }, 1),
    ];
    assert.deepStrictEqual(findGradeConflicts(prepareText(t), facts({ ratings: rs })), []);
    // the same grade told of "the service" twice still conflicts
    const again = t.replace('their service', 'the service');
    const rs2 = [...rs.slice(0, 2), ratingAt(again, 'outstanding', { grade: 'outstanding', subject: 'the service', date: '2027-03', status: 'awarded' }, 1)];
    assert.deepStrictEqual(findGradeConflicts(prepareText(again), facts({ ratings: rs2 })).map((d) => d.text), ['outstanding']);
  });
});

describe('gradeConflicts: a list line\'s label', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  it('"- the experiences and progress of children who need help and protection: requires improvement to be good" against "help and protection, which was judged inadequate"', () => {
    const t = 'CABINET\n10 June 2027\n\n3.1 Ofsted inspected the council in May 2027 and judged it as follows:\n\n' +
      '- the experiences and progress of children who need help and protection: requires improvement to be good;\n' +
      '- the experiences and progress of children in care: good.\n\n4.4 Within help and protection, which was judged inadequate, inspectors found delays.';
    const found = (x: string) => analyzeArticle(x).diagnostics.filter((d: any) => d.code === 'grade-conflict').map((d: any) => d.text);
    assert.deepStrictEqual(found(t), ['inadequate']);
    assert.deepStrictEqual(found(t.replace('which was judged inadequate', 'which was judged to require improvement')), []);
  });
});

describe('grade conflicts within one sentence', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  it('does not compare two grades given side by side for different judgements', () => {
    const text = 'Wessex inspection\nTuesday, 5 March 2019\n\nOfsted rated Wessex good overall and outstanding for the experiences and progress of children in care.';
    assert.deepStrictEqual(analyzeArticle(text).diagnostics.filter((d: any) => d.code === 'grade-conflict'), []);
  });

  it('nor two lines of tables of judgements under different headings', () => {
    const text = 'Published: 19 October 2010\n\nSafeguarding services\nOverall effectiveness: adequate\nCapacity for improvement: good\n\n' +
      'Services for looked after children\nOverall effectiveness: good\nCapacity for improvement: good\n';
    const a = analyzeArticle(text);
    assert.strictEqual(a.ratings.length, 4);
    assert.deepStrictEqual(a.diagnostics.filter((d: any) => d.code === 'grade-conflict'), []);
  });

  it('a grade told "four years on" is not dated by the judgement before it, so no conflict with a list of that history', () => {
    const text = 'Trade press\nThursday, 4 March 2021\n\nIn the autumn of 2017 all three councils were rated inadequate. Four years on, Orsley requires improvement to be good.\n\n' +
      'Orsley: inadequate (2017), requires improvement to be good (2020)\nCrennock: inadequate (2017), good (2020)\n';
    assert.deepStrictEqual(analyzeArticle(text).diagnostics.filter((d: any) => d.code === 'grade-conflict'), []);
  });

  const report = 'REPORT TO CABINET\nDate of meeting: 19 March 2026\n\n2.1 Ofsted inspected the council from 6 to 17 October 2025. It judged:\n' +
    '- the experiences and progress of children in care: requires improvement to be good\n- the experiences and progress of care leavers: good\n\n';
  it('one area of one inspection, named in a list and again in prose, with two grades ("care leavers: good" ... "Care leavers\' services, which inspectors judged to require improvement")', () => {
    const text = `${report}6.2 Care leavers' services, which inspectors judged to require improvement to be good, are the focus of a new offer.\n`;
    const a = analyzeArticle(text);
    const last = a.ratings[a.ratings.length - 1];
    assert.strictEqual(last.subject, "Care leavers' services");
    assert.deepStrictEqual(a.diagnostics.filter((d: any) => d.code === 'grade-conflict').map((d: any) => d.text), ['require improvement to be good']);
  });

  it('not the same area given the grade the list gave it, nor a bare area name that may end a list cut short', () => {
    const same = `${report}6.2 Care leavers' services, which inspectors judged good, are the focus of a new offer.\n`;
    assert.deepStrictEqual(analyzeArticle(same).diagnostics.filter((d: any) => d.code === 'grade-conflict'), []);
    const list = `${report}6.2 Its services for children in need of help and protection, children in care and care leavers were judged requires improvement to be good overall.\n`;
    assert.deepStrictEqual(analyzeArticle(list).diagnostics.filter((d: any) => d.code === 'grade-conflict'), []);
  });

  it('a plural possessive subject ("care leavers\' services were judged good") against the area in a relative clause whose date lies outside it', () => {
    const text = 'BRIEFING\nWednesday 10 December 2025\n\nInspectors spent three weeks in Darlsey in October. Their report, published on 20 November, ' +
      'judged the council inadequate overall, while care leavers\' services were judged good.\n\n' +
      'Even the care leavers\' service, which the report rated as requiring improvement, has lost three personal advisers since the summer.\n';
    const a = analyzeArticle(text);
    assert.deepStrictEqual(a.ratings.filter((r: any) => r.grade !== 'inadequate').map((r: any) => [r.subject, r.date]),
      [["care leavers' services", '2025-10'], ["the care leavers' service", '2025-10']]);
    assert.deepStrictEqual(a.diagnostics.filter((d: any) => d.code === 'grade-conflict').map((d: any) => d.text), ['requiring improvement']);
    // the same grade in the relative clause is no conflict
    assert.deepStrictEqual(analyzeArticle(text.replace('rated as requiring improvement', 'rated as good')).diagnostics.filter((d: any) => d.code === 'grade-conflict'), []);
  });

  it('an area named by apposition ("the care leavers\' service, the one area rated outstanding") is that area, dated by the story though a later clause names another year', () => {
    const text = 'THE POST\nMonday 19 October 2026\n\nInspectors spent three weeks in Polcombe in September. The service for care leavers was judged good.\n\n' +
      'Inspectors praised the care leavers\' service, the one area rated outstanding, and the council\'s four family hubs, which opened in 2025.\n';
    const a = analyzeArticle(text);
    const last = a.ratings.find((r: any) => r.grade === 'outstanding');
    assert.deepStrictEqual([last.subject, last.date], ["the care leavers' service", '2026-09']);
    assert.deepStrictEqual(a.diagnostics.filter((d: any) => d.code === 'grade-conflict').map((d: any) => d.text), ['outstanding']);
  });

  it('an area named before a participle set off by commas ("The care leavers\' service, rated good, is run ...") is that area; a parenthesis is not', () => {
    const text = 'PRACTICE\nMonday, 18 May 2026\n\nThe report judged the experiences and progress of care leavers to be outstanding after an inspection in April.\n\n' +
      'The care leavers\' service, rated good, is run from a hub in the town centre.\n';
    const a = analyzeArticle(text);
    assert.strictEqual(a.ratings.find((r: any) => r.grade === 'good').subject, "The care leavers' service");
    assert.deepStrictEqual(a.diagnostics.filter((d: any) => d.code === 'grade-conflict').map((d: any) => d.text), ['good']);
    const aside = analyzeArticle('Trade press\nMonday, 18 May 2026\n\nLyndale was found inadequate in February 2022 and is now, after a reinspection in April, judged to require improvement to be good.\n');
    assert.notStrictEqual(aside.ratings[1].subject, 'after a reinspection in April');
  });

  it('a grade given several times, or a time told by a grade ("When the home was outstanding"), is no second grade of the inspection reported', () => {
    const text = 'LETTERS\nThursday 10 September 2026\n\nYes, the home was judged inadequate in August. But it was rated outstanding three times between 2017 and 2023.\n\n' +
      'When the home was outstanding, my daughter was unhappy for months. When this council was rated good, the leader took the credit.\n';
    assert.deepStrictEqual(analyzeArticle(text).diagnostics.filter((d: any) => d.code === 'grade-conflict'), []);
    // a "when" clause that dates its grade tells that inspection
    const dated = text.replace('When the home was outstanding,', 'When the home was judged outstanding in August,');
    assert.deepStrictEqual(analyzeArticle(dated).diagnostics.filter((d: any) => d.code === 'grade-conflict').map((d: any) => d.text), ['outstanding']);
  });
});

describe('grade conflicts with a timeline line', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const grades = (text: string) => analyzeArticle(text).diagnostics.filter((d: any) => d.code === 'grade-conflict').map((d: any) => d.text);
  const head = 'Marlow explainer\nFriday 10 April 2026\n\nAt its last full inspection, in October 2022, Marlow was judged good.\n\nTimeline\n• June 2018: first inspection under the current framework, requires improvement to be good\n';
  it('gives "October 2022: full inspection, ..." the subject graded on that date in prose, and compares the two', () => {
    assert.deepStrictEqual(grades(head + '• October 2022: full inspection, requires improvement to be good\n'), ['requires improvement to be good']);
  });
  it('does not compare when the line agrees, or when two subjects were graded on that date', () => {
    assert.deepStrictEqual(grades(head + '• October 2022: full inspection, good\n'), []);
    const two = head.replace('Marlow was judged good.', 'Marlow was judged good. In October 2022 its fostering service was judged outstanding.');
    assert.deepStrictEqual(grades(two + '• October 2022: full inspection, requires improvement to be good\n'), []);
  });
});

describe('grade conflicts: every area, then one area', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const grades = (body: string) => analyzeArticle(`Coldhaugh news\nWednesday 13 May 2026\n\n${body}`).diagnostics
    .filter((d: any) => d.code === 'grade-conflict').map((d: any) => d.text);
  it('"judged all four areas of the service good" ... "care leavers, the one area where we still require improvement"', () => {
    assert.deepStrictEqual(grades('Inspectors, who spent three weeks in the county in March, judged all four areas of the service good. ' +
      'Cllr Lesley Brewis said: "Our focus now is on care leavers, the one area where we still require improvement."'), ['require improvement']);
  });
  it('not an area graded at another time', () => {
    assert.deepStrictEqual(grades('In March Ofsted judged Wraxby inadequate in every area. The first warning came in 2012. ' +
      'A joint inspection of looked after children found services only adequate.'), []);
  });
});

describe('gradeConflicts: a grade told of "it", and one dated past "overall"', () => {
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const found = (text: string) => analyzeArticle(text).diagnostics.filter((d: any) => d.code === 'grade-conflict').map((d: any) => d.text);
  const head = 'CARE LEADERS REVIEW\nInterviews | October 2027\n\nDr Ama Kessie became director at Penrhos Council in 2024. In August it was rated ' +
    'requires improvement to be good. She talks to us about the climb.\n\nWhat comes next?\n\nWe want to be good in every area next time.\n\n';
  it('"In August it was rated X" against "Penrhos, judged Y overall in August, expects its next full inspection in 2030"', () => {
    assert.deepStrictEqual(found(head + 'Penrhos, judged good overall in August, expects its next full inspection in 2030.'), ['good']);
    assert.deepStrictEqual(found(head + 'Penrhos, judged requires improvement to be good overall in August, expects its next full inspection in 2030.'), []);
  });
  it('not a pronoun\'s grade when two things were graded that day', () => {
    const two = 'LOCAL NEWS\n3 October 2027\n\nIn August Penrhos Council was rated good and Ty Gwyn children\'s home was rated inadequate. ' +
      'Staff said it was judged inadequate in August after a fire.';
    assert.deepStrictEqual(found(two), []);
  });
});

describe('gradeConflicts: what a grade is given for', () => {
  const flagged = (body: string) => analyzeArticle(`News\nFriday 16 April 2027\n\n${body}`, 'a.txt').diagnostics.filter((d) => d.code === 'grade-conflict').map((d) => d.text);
  it('"requires improvement to be good for the overall experiences ..." and "It was judged good for how well children are helped" grade two things', () => {
    const body = 'Inspectors rated the home requires improvement to be good for the overall experiences and progress of children, after a visit in March. ' +
      'It was judged good for how well children are helped and protected.';
    assert.deepStrictEqual(flagged(body), []);
    // "for the third inspection in a row" is a time, not what is graded
    assert.deepStrictEqual(flagged('Swaleworthy was judged requires improvement to be good for the third inspection in a row in March. ' +
      'Even Swaleworthy, rated good in March, has had three directors.'), ['good']);
  });

  it('"The service was found to be good overall" is the whole service, not the care leavers\' service graded before it', () => {
    const body = 'Children\'s services in Harlingstone have been judged good by Ofsted, and the council\'s care leavers\' service has been rated outstanding. ' +
      'Inspectors visited in March. The service was found to be good overall. The experiences and progress of care leavers were judged outstanding.';
    assert.deepStrictEqual(flagged(body), []);
  });
});
