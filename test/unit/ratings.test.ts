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
      ['requires improvement', 'requires improvement', 'awarded', 'The service', null],
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

  it('survives pathological input in linear time', () => {
    const big = `${"'good' ".repeat(40_000)}rated\n${'rated the '.repeat(30_000)}good\n${'requires improvement '.repeat(20_000)}`;
    const t0 = Date.now();
    ratingsOf(big);
    assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
  });
});
