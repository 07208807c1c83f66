import * as assert from 'assert';
import { findArticleDate } from '../../server/src/analysis/articleDate';
import { extractDates } from '../../server/src/analysis/dates';
import { extractRatings } from '../../server/src/analysis/ratings';
import { Rating } from '../../server/src/analysis/schema';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed } from '../seeds';

function ratingsOf(text: string): Rating[] {
  const article = prepareText(text);
  const rs = extractRatings(article, extractDates(article, findArticleDate(article)));
  for (const r of rs) assert.strictEqual(r.text, text.slice(r.start, r.end));
  return rs;
}
const brief = (text: string) => ratingsOf(text).map((r) => [r.text, r.status, r.subject, r.date]);

describe('extractRatings', () => {
  it('seed 000: awarded, aspired and hypothetical grades; the grade word alone is the span', () => {
    const rs = ratingsOf(readSeed('000'));
    assert.deepStrictEqual(rs.map((r) => [r.text, r.grade, r.status, r.subject, r.date, r.body]), [
      ['adequate', 'adequate', 'awarded', 'the department', '2013-01', 'Ofsted'],
      ['inadequate', 'inadequate', 'awarded', 'the department', '2011', 'Ofsted'],
      ['outstanding', 'outstanding', 'aspiration', null, null, null],
      ['adequate', 'adequate', 'awarded', null, null, null],
      ['outstanding', 'outstanding', 'aspiration', null, null, 'Ofsted'],
      ['good', 'good', 'other', null, null, null],
      ['outstanding', 'outstanding', 'awarded', 'Bedfordshire and Lincolnshire County Council', null, 'Ofsted'],
    ]);
  });

  it('seed 001: "rated ‘good’ by Ofsted" and the judgement areas, not "good, timely decision-making"', () => {
    assert.deepStrictEqual(brief(readSeed('001')), [
      ['good', 'awarded', 'Peterborough children’s services', null],
      ['good', 'awarded', 'the experiences and progress of children who need help and protection', null],
      ['good', 'awarded', 'the experiences and progress of children in care and care leavers', null],
      ['good', 'awarded', 'the impact of leaders on social work practice with children and families', null],
      ['good', 'awarded', 'the authority', null],
    ]);
  });

  it('seed 002: judged/deemed inadequate, "no longer deemed" is other, not "adequate protection" or "generally good"', () => {
    assert.deepStrictEqual(brief(readSeed('002')), [
      ['inadequate', 'awarded', 'the overall effectiveness of safeguarding in Peterborough', null],
      ['inadequate', 'other', 'the council', '2011-02'],
      ['inadequate', 'awarded', 'Peterborough', null],
      ['adequate', 'awarded', 'partnership working', null],
    ]);
  });

  it('seeds 003 and 004 have no ratings ("very good progress", "few outstanding assessments", "a good place to work")', () => {
    assert.deepStrictEqual(ratingsOf(readSeed('003')), []);
    assert.deepStrictEqual(ratingsOf(readSeed('004')), []);
  });

  it('post-2013 grades, transitions and other councils', () => {
    const rs = ratingsOf("Ofsted rated Leeds City Council's children's services as requires improvement to be good in 2014. " +
      'Sandwell was judged inadequate by Ofsted in March 2015. The service had moved from requires improvement to good by 2017. ' +
      "Kent's fostering service received an outstanding grade. An Ofsted rating of good was given to Hull in 2016. " +
      "Bristol's children's services were found to be inadequate in their 2013 inspection. Its services were rated as 'Requires Improvement'.");
    assert.deepStrictEqual(rs.map((r) => [r.text, r.grade, r.status, r.subject, r.date]), [
      ['requires improvement to be good', 'requires improvement', 'awarded', "Leeds City Council's children's services", '2014'],
      ['inadequate', 'inadequate', 'awarded', 'Sandwell', '2015-03'],
      // a grade moved from is an earlier one: the date the article gives that grade elsewhere, not the sentence's
      ['requires improvement', 'requires improvement', 'awarded', 'The service', '2014'],
      ['good', 'good', 'awarded', 'The service', '2017'],
      ['outstanding', 'outstanding', 'awarded', "Kent's fostering service", null],
      ['good', 'good', 'awarded', null, '2016'],
      ['inadequate', 'inadequate', 'awarded', "Bristol's children's services", '2013'],
      ['Requires Improvement', 'requires improvement', 'awarded', 'Its services', null],
    ]);
    assert.strictEqual(rs[1].body, 'Ofsted');
    assert.strictEqual(rs[4].body, null);
  });

  it('aspirations and grades not awarded', () => {
    assert.deepStrictEqual(ratingsOf('The council aims to be rated good. Wigan wants to be outstanding. Its goal is an outstanding rating. ' +
      'It was not rated outstanding. It has never been judged inadequate. If it had been rated good, staff would stay.')
      .map((r) => [r.grade, r.status]), [
      ['good', 'aspiration'], ['outstanding', 'aspiration'], ['outstanding', 'aspiration'],
      ['outstanding', 'other'], ['inadequate', 'other'], ['good', 'other'],
    ]);
  });

  it('does not take ordinary uses of the grade words', () => {
    assert.deepStrictEqual(ratingsOf('It was good news and very good progress. We need good quality managers and a good place to work. ' +
      'There were few outstanding assessments and adequate protection arrangements. Ofsted said practice is generally good. ' +
      'Ofsted found that the service was good at identifying risk. We want to be good parents. Children benefit from good, timely decisions. ' +
      'Goods were sold; a good-quality service. The service requires improvement in its record keeping, Ofsted said.'), []);
  });

  it('reads a rating verb in the present ("The report judges help and protection to be good") and a list gathered by "all"', () => {
    assert.deepStrictEqual(brief('The report judges help and protection to be good.'), [['good', 'awarded', 'help and protection', null]]);
    assert.deepStrictEqual(brief('The report judges the experiences and progress of children in care, help and protection and the impact of leaders all to be good.').map((r) => r.slice(0, 2)),
      [['good', 'awarded']]);
    // a comma with no "all" before "to be" still ends the object
    assert.deepStrictEqual(brief('Staff judge the children, they said, to be good company.'), []);
  });

  it('finds the grade far from its verb and the verb forms of "requires improvement"', () => {
    assert.deepStrictEqual(brief('Inspectors judged the quality of practice with disabled children in Ashfield to be good. ' +
      'The adoption service was considered to require improvement. Ofsted found the council’s fostering arrangements to require improvement to be good. ' +
      'Services require improvement to be good, the letter said. Several case files require improvement, the auditor said. Areas requiring improvement were listed.'), [
      ['good', 'awarded', 'Ashfield', null],
      ['require improvement', 'awarded', 'The adoption service', null],
      ['require improvement to be good', 'awarded', 'the council’s fostering arrangements', null],
      ['require improvement to be good', 'awarded', 'Services', null],
    ]);
  });

  it('aspirations in many forms, with a target year as their date', () => {
    const text = 'Leaders are determined to be rated outstanding at the next inspection. We intend to be good at the next visit and outstanding after that. ' +
      'Her vision is for each of the county’s family hubs to be outstanding by 2024. The trust is on track to be good. ' +
      'Managers want to make it a good service again. The council could reach outstanding within three years. We want to become a good authority. ' +
      'Staff want to be good at their jobs. We want to be good neighbours. She said it is a good service for families. We are aiming to achieve good outcomes.';
    assert.deepStrictEqual(ratingsOf(text).map((r) => [r.grade, r.status, r.date]), [
      ['outstanding', 'aspiration', null], ['good', 'aspiration', null], ['outstanding', 'aspiration', null], ['outstanding', 'aspiration', '2024'],
      ['good', 'aspiration', null], ['good', 'aspiration', null], ['outstanding', 'aspiration', null], ['good', 'aspiration', null],
    ]);
  });

  it('an old-scale grade at an earlier inspection, "no longer", "other than", and "or" lists that give no one grade', () => {
    assert.deepStrictEqual(brief('The unit was rated adequate at its last inspection in 2010. No longer inadequate, the council was praised by Ofsted. ' +
      'I doubt we would be judged anything other than good. Nine in ten homes were rated good or outstanding. It aims to be good or outstanding. ' +
      'The home was judged outstanding and good practice was shared. The service is no longer good enough, Ofsted said.'), [
      ['adequate', 'awarded', 'The unit', '2010'],
      ['inadequate', 'other', null, null],
      ['good', 'other', null, null],
      ['good', 'other', 'Nine in ten homes', null], ['outstanding', 'other', 'Nine in ten homes', null],
      ['good', 'aspiration', null, null], ['outstanding', 'aspiration', null, null],
      ['outstanding', 'awarded', 'The home', null],
    ]);
  });

  it('dates a judgement by its inspection, not by a publication or another event', () => {
    const rs = ratingsOf('Headline\n3 May 2016\nIn a letter published on Monday, Ofsted rated the service good. The council was judged inadequate in June 2015. ' +
      'Its director quit in July 2015, weeks after the inadequate judgement. The fostering service has been rated outstanding by Ofsted. ' +
      'Inspectors spent a week there in April. The adoption team has been judged good. If inspected tomorrow, the home would be rated good. ' +
      'The council wants to be outstanding, officers said on Tuesday. It is the first council to be judged outstanding since the framework was launched in 2013. ' +
      'Its adoption work was rated good in May 2014, and its fostering service was judged outstanding in the same inspection. ' +
      'The report praised the unit. Only one area escaped; that area was judged outstanding.');
    assert.deepStrictEqual(rs.map((r) => [r.grade, r.status, r.date]), [
      ['good', 'awarded', '2016-04'], // published on Monday: not that day, but the inspection the story tells of (April)
      ['inadequate', 'awarded', '2015-06'],
      ['inadequate', 'awarded', '2015-06'], // "weeks after the inadequate judgement": not July, when the director quit
      ['outstanding', 'awarded', '2016-04'], // present perfect: the current inspection, in April
      ['good', 'awarded', '2016-04'], // present perfect, no date of its own: the story's inspection
      ['good', 'other', null], ['outstanding', 'aspiration', null],
      ['outstanding', 'awarded', null], // not 2013: that dates the framework
      ['good', 'awarded', '2014-05'], ['outstanding', 'awarded', '2014-05'],
      ['outstanding', 'awarded', '2014-05'], // the story goes on about that inspection: nothing in between names another time
    ]);
  });

  it('a headline judgement takes the date of the same grade reported below it', () => {
    assert.deepStrictEqual(brief('Lowfield adoption service rated good\n\n30 April 2016\n\n' +
      'Lowfield’s adoption service has been rated good by Ofsted after an inspection in March. Staff were delighted.').map((r) => r[3]), ['2016-03', '2016-03']);
    assert.deepStrictEqual(brief('Lowfield adoption service rated good\n\n30 April 2016\n\nStaff were delighted.').map((r) => r[3]), ['2016']);
  });

  it('more frames: the verb form after a grade, "up from", "return to good", a claim about now', () => {
    const text = 'Headline\n8 November 2019\nThey found that leadership was good but planning for care leavers still required improvement. ' +
      'Its adoption agency was rated outstanding in 2019, up from good in 2015. The council was determined to return to good. ' +
      '“We are an inadequate authority today,” she said, five weeks after Ofsted rated the council inadequate. We aim to be outstanding once more by 2023. ' +
      'Plans for the building still required improvement.';
    assert.deepStrictEqual(brief(text), [
      ['good', 'awarded', 'leadership', null],
      ['required improvement', 'awarded', 'planning for care leavers', null],
      ['outstanding', 'awarded', 'Its adoption agency', '2019'],
      ['good', 'awarded', 'Its adoption agency', '2015'], // the grade moved from takes only a date right after it
      ['good', 'aspiration', 'The council', null],
      ['inadequate', 'awarded', null, null], // "today" dates the claim, not an inspection
      ['inadequate', 'awarded', 'the council', null], // and so it lends no date to "after Ofsted rated ... inadequate"
      ['outstanding', 'aspiration', null, '2023'],
    ]);
  });

  it('a grade moved from is an earlier one: dated by the date linked after it, never by the story\'s own inspection', () => {
    const text = 'Carnwen rated outstanding\n\nA settled workforce behind the council\'s rise from good, says Ofsted\n\nWednesday 19 May 2027\n\n' +
      'Carnwen Council\'s children\'s services have been judged outstanding overall, up from the good rating they received in November 2024. ' +
      'Inspectors visited from 12 to 23 April. The report, published on Friday, judged services for care leavers good.';
    assert.deepStrictEqual(brief(text).map((r) => [r[0], r[3]]), [
      ['outstanding', '2027-04'],
      ['good', '2024-11'], // the standfirst's grade moved from: the same grade's earlier date, not April's inspection
      ['outstanding', '2027-04'],
      ['good', '2024-11'], // "the good rating they received in November 2024": a date linked after the grade by a verb
      ['good', '2027-04'],
    ]);
  });

  it('"in January, three months after Ofsted judged ...": the main clause\'s date less the interval (to the month for months, the year for years)', () => {
    const text = 'Headline\n4 June 2027\nDr Ama Kessie became director at Penrhos Council in January, three months after Ofsted judged ' +
      'the council\'s services to require improvement to be good. She arrived in May 2024, two years after it was rated inadequate. ' +
      'He left in March 2025, weeks after it was judged good.';
    assert.deepStrictEqual(brief(text).map((r) => [r[0], r[3]]), [['require improvement to be good', '2026-10'], ['inadequate', '2022'], ['good', null]]);
  });

  it('the grade a hope moves from is the one held now: "expected the council to move from requires improvement to good"', () => {
    const text = 'Headline\n4 June 2027\nPenrhos was judged to require improvement to be good after an inspection in February. ' +
      'The chief executive said he expected the council to move from requires improvement to good by its next full inspection.';
    assert.deepStrictEqual(brief(text).map((r) => [r[0], r[1], r[3]]), [
      ['require improvement to be good', 'awarded', '2027-02'],
      ['requires improvement', 'awarded', '2027-02'],
      ['good', 'aspiration', null],
    ]);
  });

  it('a date after the grade does not date it across another grade or a "since" clause', () => {
    assert.deepStrictEqual(brief('Headline\n8 November 2019\nThe home has been judged good, in its first inspection since it was found to be inadequate in 2016. ' +
      'Inspectors visited in September and October. The unit was downgraded from outstanding to good after a visit in May. ' +
      'After inspectors visited in June it was rated good.').map((r) => r[3]), [
      '2019', // present perfect: the current inspection, September and October stated next, so the year
      '2016', null, '2019-05', '2019-06',
    ]);
  });

  it('takes no grade from words that name built-in properties', () => {
    assert.deepStrictEqual(brief('Ofsted rated the constructor and the toString, and judged the service good.'), [['good', 'awarded', 'the service', null]]);
  });

  it('stays linear on one long sentence full of dated, joined and present-perfect grades', function () {
    this.timeout(20_000);
    const unit = 'has been rated good and outstanding in March 2015, weeks after the inadequate judgement, and also judged good in the same inspection ';
    const once = (n: number) => {
      const t0 = Date.now();
      ratingsOf(`Headline\n3 May 2016\n${unit.repeat(n)}.`);
      return Date.now() - t0;
    };
    const time = (n: number) => Math.min(once(n), once(n)); // the least disturbed of two runs
    time(100);
    const small = Math.max(5, time(500));
    const big = time(4_000);
    assert.ok(big < small * 8 * 3, `500 units ${small} ms, 4,000 units ${big} ms`); // quadratic would be 64 times
  });

  it('survives pathological input in linear time', () => {
    const big = `${"'good' ".repeat(40_000)}rated\n${'rated the '.repeat(30_000)}good\n${'requires improvement '.repeat(20_000)}`;
    const t0 = Date.now();
    ratingsOf(big);
    assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
  });
});
