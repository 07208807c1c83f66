import * as assert from 'assert';
import { findArticleDate } from '../../server/src/analysis/articleDate';
import { extractDates } from '../../server/src/analysis/dates';
import { extractRatings } from '../../server/src/analysis/ratings';
import { prepareText } from '../../server/src/analysis/text';

function brief(text: string): (string | null)[][] {
  const article = prepareText(text);
  const rs = extractRatings(article, extractDates(article, findArticleDate(article)));
  for (const r of rs) assert.strictEqual(r.text, text.slice(r.start, r.end));
  return rs.map((r) => [r.grade, r.status, r.subject]);
}

describe('extractRatings: more frames', () => {
  it('"still require(s) improvement" and "continues to require improvement" are the grade, awarded', () => {
    assert.deepStrictEqual(brief('Ofsted said the council’s services still require improvement.'),
      [['requires improvement', 'awarded', 'the council’s services']]);
    assert.deepStrictEqual(brief('Inspectors told the council they still require improvement.'), [['requires improvement', 'awarded', null]]);
    assert.deepStrictEqual(brief('The fostering service continues to require improvement, Ofsted said.'),
      [['requires improvement', 'awarded', 'The fostering service']]);
    assert.deepStrictEqual(brief('Help for families still requires improvement after the inspection.'),
      [['requires improvement', 'awarded', 'Help for families']]);
  });

  it('"improvement" alone, or a "still required improvement" that is no grade, is not found', () => {
    assert.deepStrictEqual(brief('Ofsted said there is still room for improvement in the service.'), []);
    assert.deepStrictEqual(brief('Inspectors said social work still requires improvement to practice.'), []);
    assert.deepStrictEqual(brief('Inspectors said it still requires improvements.'), []);
    assert.deepStrictEqual(brief('Inspectors said the council still required improvement in how it plans.'), []);
    // no inspection in the sentence
    assert.deepStrictEqual(brief('The old library still requires improvement.'), []);
  });

  it('coordinated judgements under one rating verb each get their grade and subject', () => {
    assert.deepStrictEqual(brief('Ofsted found the council’s services for children in care to be outstanding and its safeguarding services to be good.'), [
      ['outstanding', 'awarded', 'the council’s services for children in care'],
      ['good', 'awarded', 'its safeguarding services'],
    ]);
    assert.deepStrictEqual(brief('Inspectors rated leadership as good and the help for families as inadequate.'), [
      ['good', 'awarded', 'leadership'],
      ['inadequate', 'awarded', 'the help for families'],
    ]);
    assert.deepStrictEqual(brief('Ofsted judged care to be good in 2023, and fostering to be outstanding.'), [
      ['good', 'awarded', 'care'],
      ['outstanding', 'awarded', 'fostering'],
    ]);
  });

  it('a second "good" that is not a judgement under the same verb is not found', () => {
    assert.deepStrictEqual(brief('Inspectors rated leadership as good and the food as good value.'), [['good', 'awarded', 'leadership']]);
    assert.deepStrictEqual(brief('Inspectors rated leadership as good and said staff were a good team.'), [['good', 'awarded', 'leadership']]);
    // "as" then "to be" is no parallel
    assert.deepStrictEqual(brief('Inspectors rated leadership as good and the team to be good at listening.'), [['good', 'awarded', 'leadership']]);
  });

  it('"more harm than good" and "more good than harm" are the idiom, not a grade', () => {
    assert.deepStrictEqual(brief('Some directors say Ofsted grades do more harm than good. Others say inspection does more good than harm.'), []);
    assert.deepStrictEqual(brief('Some directors say Ofsted rated the council good.').map((r) => r[0]), ['good']);
  });

  it('a grade talked about in general, given to no one, is "other" with no subject', () => {
    assert.deepStrictEqual(brief('A requires improvement judgement is not a verdict on staff.'), [['requires improvement', 'other', null]]);
    assert.deepStrictEqual(brief('A good Ofsted grade does not bring back the children who were harmed.'), [['good', 'other', null]]);
    assert.deepStrictEqual(brief('An ‘inadequate’ rating means the Government can send in a commissioner.'), [['inadequate', 'other', null]]);
    assert.deepStrictEqual(brief('A council that is rated inadequate by Ofsted must publish a plan.'), [['inadequate', 'other', null]]);
  });

  it('but not a grade someone was given, or one a speaker owns', () => {
    assert.deepStrictEqual(brief('Westmarsh is a council that was rated inadequate in 2019.'), [['inadequate', 'awarded', 'Westmarsh']]);
    assert.deepStrictEqual(brief('A good rating was given to the council by Ofsted in May.'), [['good', 'awarded', null]]);
    assert.deepStrictEqual(brief('Ofsted gave the council an inadequate rating in March, which means a commissioner.'), [['inadequate', 'awarded', null]]);
    assert.deepStrictEqual(brief('“This is the first step, and an adequate rating is not where we want to be.”'), [['adequate', 'awarded', null]]);
  });

  it('"found them inadequate": a finding verb with a short definite object, in a sentence about inspection', () => {
    assert.deepStrictEqual(brief('Three years after inspectors found them inadequate, services improved.').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('Ofsted found the council inadequate in 2015.'), [['inadequate', 'awarded', 'the council']]);
    // praise, not a grade: an indefinite object, no inspection in the sentence, or no clause end after the grade
    assert.deepStrictEqual(brief('Inspectors found a good balance of work.'), []);
    assert.deepStrictEqual(brief('Parents found the staff good.'), []);
    assert.deepStrictEqual(brief('Inspectors found the staff good at listening.'), []);
  });

  it('"remained at requires improvement" and a sentence-initial "Requires improvement is ..."', () => {
    assert.deepStrictEqual(brief('Ofsted found care improved, while help for children remained at requires improvement.').map((r) => r[0]),
      ['requires improvement']);
    assert.deepStrictEqual(brief('“Requires improvement is not a result anyone celebrates,” she said.'), [['requires improvement', 'other', null]]);
    assert.deepStrictEqual(brief('The team remained at good strength.'), []);
  });

  it('"go from inadequate to good" finds both grades whatever word follows', () => {
    assert.deepStrictEqual(brief('Councils that go from inadequate to good tend to have strong leaders.').map((r) => r[0]), ['inadequate', 'good']);
    assert.deepStrictEqual(brief('They went to good schools.'), []);
  });

  it('a grade that persists ("remains inadequate", "still inadequate"), only in a sentence about inspection', () => {
    assert.deepStrictEqual(brief('Inspectors found progress, but the department remains inadequate more than two years on.').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('Ellesmoor children’s services still inadequate, say inspectors').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('The heating remains inadequate more than two years on.'), []);
    // "still outstanding" is work not yet done
    assert.deepStrictEqual(brief('Too many assessments were still outstanding when inspectors arrived.'), []);
  });

  it('after a passive rating verb, a grade whatever follows; "that spring"; "capacity to improve to be good"', () => {
    assert.deepStrictEqual(brief('A letter sent since the council was rated inadequate says caseloads fell.').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('Inspectors had rated the council’s services inadequate that spring.').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('Ofsted judged safeguarding to be adequate and its capacity to improve to be good.').map((r) => r[0]), ['adequate', 'good']);
  });

  it('the subject stands before a relative clause set off by commas ("The home, which offers stays to 48 families, was rated good")', () => {
    assert.deepStrictEqual(brief('The home, which offers overnight stays to 48 families, was rated good.').map((r) => r.slice(0, 3)), [['good', 'awarded', 'The home']]);
    assert.deepStrictEqual(brief('The authority, which was rated inadequate in 2019, now requires improvement to be good.').map((r) => r[2]), ['The authority', 'The authority']);
  });

  it('a grade in a "with" clause after one just dated takes its date: "judged good in October 2024, with care leavers judged outstanding"', () => {
    const dated = (t: string) => { const a = prepareText(`News\nWednesday 20 January 2027\n\n${t}`); return extractRatings(a, extractDates(a, findArticleDate(a)), findArticleDate(a)).map((r) => [r.grade, r.date]); };
    assert.deepStrictEqual(dated('The council was judged good in October 2024, with the experiences of care leavers judged outstanding.'),
      [['good', '2024-10'], ['outstanding', '2024-10']]);
    assert.deepStrictEqual(dated('The council was judged good in October 2024, with care leavers judged outstanding in 2019.'),
      [['good', '2024-10'], ['outstanding', '2019']]);
  });

  it('an undated grade after a sentence that dated the inspection and gave no grade takes that inspection\'s date', () => {
    const a = prepareText('Trade news\nThursday, 12 November 2015\n\nThe report was published on Monday. Inspectors, who visited the authority in September and October, ' +
      'said managers had lost sight of the front door.\n\nThe services for children in care were judged inadequate.');
    assert.deepStrictEqual(extractRatings(a, extractDates(a, findArticleDate(a)), findArticleDate(a)).map((r) => [r.grade, r.date]), [['inadequate', '2015']]);
  });

  it('the month May is no modal: "In May 2025 Ofsted judged them inadequate" is awarded; "it may be judged inadequate" is not', () => {
    assert.deepStrictEqual(brief('In May 2025 Ofsted judged them inadequate.').map((r) => r.slice(0, 2)), [['inadequate', 'awarded']]);
    assert.deepStrictEqual(brief('Ofsted inspected the services in May 2025 and judged them inadequate overall.').map((r) => r.slice(0, 2)), [['inadequate', 'awarded']]);
    assert.deepStrictEqual(brief('Inspectors warned that it may be judged inadequate.').map((r) => r.slice(0, 2)), [['inadequate', 'other']]);
  });

  it('the subject stands before an apposition set off by commas; "which the report rated as ..." names what it rates', () => {
    assert.deepStrictEqual(brief('Penhallow Fostering, an independent agency that looks after about 140 children across the moor, was judged to require improvement to be good.').map((r) => r[2]),
      ['Penhallow Fostering']);
    assert.deepStrictEqual(brief("Even the care leavers' service, which the report rated as requiring improvement, has lost staff.").map((r) => r[2]), ["the care leavers' service"]);
    assert.deepStrictEqual(brief('The council, a unitary authority since 2009, was rated good.').map((r) => r[2]), ['The council']);
  });

  it('status: "aiming for outstanding" hoped for; a negated subject; an aspiration word before an "after" clause does not count', () => {
    assert.deepStrictEqual(brief('Fernley should be aiming for outstanding again.').map((r) => r[1]), ['aspiration']);
    assert.deepStrictEqual(brief('No council in the region has been rated outstanding since 2009.').map((r) => r[1]), ['other']);
    assert.deepStrictEqual(brief('“Nobody wants to be inadequate,” she said.').map((r) => r[1]), ['other']);
    assert.deepStrictEqual(brief('Progress against the plan agreed after the service was judged to require improvement to be good in October 2017.').map((r) => r[1]),
      ['awarded']);
    // a negation of the main clause stops at a clause of its own; a grade one is "about to be" given is a prospect
    assert.deepStrictEqual(brief('I was not shocked when Ofsted rated the council’s children’s services inadequate last month.').map((r) => r[1]), ['awarded']);
    assert.deepStrictEqual(brief('Ofsted did not rate the service inadequate.').map((r) => r[1]), ['other']);
    assert.deepStrictEqual(brief('“We knew we were about to be rated outstanding,” she said.').map((r) => r[1]), ['other']);
  });

  it('judgements listed as "Label: Grade" lines, closing their line with a capitalised grade', () => {
    assert.deepStrictEqual(brief('Overall effectiveness: Good').map((r) => r.slice(0, 2)), [['good', 'awarded']]);
    assert.deepStrictEqual(brief('Amberleigh: Outstanding'), [['outstanding', 'awarded', 'Amberleigh']]);
    assert.deepStrictEqual(brief('Note: good'), []);
    assert.deepStrictEqual(brief('Verdict: Good news for families'), []);
  });

  it('"X was rated outstanding, Y good and Z inadequate": each name takes its grade under the one verb', () => {
    assert.deepStrictEqual(brief('Amberleigh was rated outstanding, Haxton Vale good and Corrisford inadequate in three reports.'), [
      ['outstanding', 'awarded', 'Amberleigh'], ['good', 'awarded', 'Haxton Vale'], ['inadequate', 'awarded', 'Corrisford']]);
    assert.deepStrictEqual(brief('Amberleigh was rated outstanding, and families good news.').length, 1);
  });

  it('the pre-2013 wording: "performing adequately", "an adequate capacity to improve"', () => {
    assert.deepStrictEqual(brief('Stanmere’s children’s services are performing adequately, according to Ofsted.').map((r) => r[0]), ['adequate']);
    assert.deepStrictEqual(brief('Services were judged adequate, with an adequate capacity to improve.').map((r) => r[0]), ['adequate', 'adequate']);
    assert.deepStrictEqual(brief('The heating was adequately repaired.'), []);
  });

  it('"a joint area review had found safeguarding inadequate for the second time"', () => {
    assert.deepStrictEqual(brief('A joint area review had found safeguarding inadequate for the second time.').map((r) => r[0]), ['inadequate']);
  });

  it('a council speaking of its own grade: "we are told we are good", "We are not inadequate", "told they require improvement"', () => {
    assert.deepStrictEqual(brief('“Today we are told we are good, and I want more,” she said.').map((r) => r.slice(0, 2)), [['good', 'awarded']]);
    assert.deepStrictEqual(brief('“We are not inadequate, and I don’t want anyone to think we are.”').map((r) => r.slice(0, 2)), [['inadequate', 'other']]);
    assert.deepStrictEqual(brief('“Nobody comes into this job to be told they require improvement, but it is a start.”').map((r) => r[0]), ['requires improvement']);
    assert.deepStrictEqual(brief('“People here remember being good, and they were hurt.”').map((r) => r[0]), ['good']);
    // not a grade: praise of something else, or "we" doing well at a thing
    assert.deepStrictEqual(brief('We are good at listening to families.'), []);
    assert.deepStrictEqual(brief('They are good friends.'), []);
  });

  it('a quoted grade talked about or after "another"; "good or better" as a floor', () => {
    assert.deepStrictEqual(brief('He said “adequate” was “nothing to celebrate”.').map((r) => r.slice(0, 2)), [['adequate', 'other']]);
    assert.deepStrictEqual(brief('Our view: children deserve better than another ‘inadequate’').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('The aim is that every council should be good or better by 2030.').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('The weather should be good or better tomorrow.'), []);
  });

  it('a list of judgements is dated by the last dated sentence just above it, else by the article\'s year', () => {
    const dated = (t: string) => {
      const article = prepareText(t);
      return extractRatings(article, extractDates(article, findArticleDate(article))).map((r) => [r.grade, r.date]);
    };
    assert.deepStrictEqual(dated('Report\n\nThe report of the 2019 inspection was published on 20.12.2019. The judgements were:\n\nOverall effectiveness: Good\nHelp and protection: Outstanding'),
      [['good', '2019'], ['outstanding', '2019']]);
    assert.deepStrictEqual(dated('Headline\nWednesday, 26 February 2020\n\nThe judgements were:\n\nOverall effectiveness: Good'), [['good', '2020']]);
  });

  it('rating dates: "looked after" is no "after" clause; a joined grade keeps its own date; the story carries a date on', () => {
    const dated = (t: string) => {
      const article = prepareText(t);
      return extractRatings(article, extractDates(article, findArticleDate(article))).map((r) => [r.grade, r.date]);
    };
    assert.deepStrictEqual(dated('Headline\n14 June 2017\n\nServices for children looked after have been judged outstanding by Ofsted. The inspection took place in May.'),
      [['outstanding', '2017-05']]);
    assert.deepStrictEqual(dated('Services were judged inadequate in March 2015 and requires improvement to be good in June 2017.'),
      [['inadequate', '2015-03'], ['requires improvement', '2017-06']]);
    assert.deepStrictEqual(dated('The council was rated good in May 2014. The report praised staff. The local authority was graded outstanding for leadership.'),
      [['good', '2014-05'], ['outstanding', '2014-05']]);
    // not across a word of another time, nor to one thing given another grade
    assert.deepStrictEqual(dated('The council was rated good in May 2014. It is now rated outstanding.'), [['good', '2014-05'], ['outstanding', null]]);
    assert.deepStrictEqual(dated('Its services were judged inadequate in 2013. Its services were rated as requires improvement.'), [['inadequate', '2013'], ['requires improvement', null]]);
  });

  it('lists with dashes, capital headlines, "when it was last inspected", "X, too, requires improvement", reduced relatives, "I\'d like us to be"', () => {
    assert.deepStrictEqual(brief('• Adoption performance – good\n• Leadership, management and governance – requires improvement').map((r) => r[0]), ['good', 'requires improvement']);
    assert.deepStrictEqual(brief('The plan – good'), []);
    assert.deepStrictEqual(brief('TIDEWELL: SERVICES RATED GOOD').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('Garstow, which was inadequate when it was last inspected in 2016, moved up.').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('Pennerby, too, requires improvement, though inspectors said it was improving.').map((r) => r[0]), ['requires improvement']);
    assert.deepStrictEqual(brief('Culverdale, rated good only three years ago, was judged inadequate in June.').map((r) => r[0]), ['good', 'inadequate']);
    assert.deepStrictEqual(brief('“I’d like us to be outstanding when the inspectors come back.”').map((r) => r.slice(0, 2)), [['outstanding', 'aspiration']]);
    assert.deepStrictEqual(brief('It was found to require improvement at a re-inspection last year.').map((r) => r[0]), ['requires improvement']);
    // not: a building that requires improvement, or "I'd like it to be good news"
    assert.deepStrictEqual(brief('The roof, too, requires improvement.'), []);
  });

  it('a grade spoken of as a thing is "other": "thinking about outstanding", "adequate was good enough", "An outstanding council can still fail"', () => {
    // a time word may follow: "yet", "by 2026"
    assert.deepStrictEqual(brief('“Nobody here should be thinking about outstanding yet.”').map((r) => r.slice(0, 2)), [['outstanding', 'other']]);
    assert.deepStrictEqual(brief('“Nobody should be content with adequate, and neither should we.”').map((r) => r.slice(0, 2)), [['adequate', 'other']]);
    assert.deepStrictEqual(brief('“Nobody ever thought adequate was good enough,” he said.').map((r) => r.slice(0, 2)), [['adequate', 'other']]);
    // an adverb may stand before the verb: "But outstanding only means something if it lasts"
    assert.deepStrictEqual(brief('“But outstanding only means something if it lasts,” she said.').map((r) => r.slice(0, 2)), [['outstanding', 'other']]);
    assert.deepStrictEqual(brief('“An outstanding council can still fail a child,” she said.').map((r) => r.slice(0, 2)), [['outstanding', 'other']]);
    assert.deepStrictEqual(brief('“A council that requires improvement can still do brilliant work.”').map((r) => r.slice(0, 2)), [['requires improvement', 'other']]);
    // everyday senses
    assert.deepStrictEqual(brief('There were outstanding issues with staffing. Payments were outstanding. It was good of them.'), []);
  });

  it('"we could be inadequate again", "the same as being inadequate", "whether Ridgeford is good or outstanding"', () => {
    assert.deepStrictEqual(brief('“I fear we could be inadequate again within two years.”').map((r) => r.slice(0, 2)), [['inadequate', 'other']]);
    assert.deepStrictEqual(brief('“We should have been good by now and we are not.”').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('“Being stuck is not the same as being inadequate.”').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('No parent has asked me whether Ridgeford is good or outstanding.').map((r) => r[0]), ['good', 'outstanding']);
    // not: the weather, or a grade word with no grade beside it
    assert.deepStrictEqual(brief('The weather is good or bad by turns. They could be good friends.'), []);
  });

  it('table cells, "no longer inadequate" in a headline, "inadequate children\'s services", "told that X was inadequate", a gapped object', () => {
    assert.deepStrictEqual(brief('| Safeguarding and looked after children | November 2012 | Adequate |').map((r) => r[0]), ['adequate']);
    assert.deepStrictEqual(brief('Children’s services ‘no longer inadequate’ but councillors told there is a long way to go').map((r) => r.slice(0, 2)),
      [['inadequate', 'other']]);
    assert.deepStrictEqual(brief('Inspectors see early signs of progress at inadequate children’s services').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('“We were told in 2010 that the service was inadequate,” he said.').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('Ofsted judged the overall effectiveness of safeguarding adequate and the council’s capacity to improve good.').map((r) => r[0]),
      ['adequate', 'good']);
    // not: a building no longer adequate, or good children
    assert.deepStrictEqual(brief('The building is no longer adequate. They are good children.'), []);
  });

  it('status: councils in general and questions award nothing; a council counted among others does', () => {
    assert.deepStrictEqual(brief('Full inspections are rare, although a council rated inadequate is watched more closely.').map((r) => r[1]), ['other']);
    assert.deepStrictEqual(brief('Can a council go straight from inadequate to good? It is rare.').map((r) => r[1]), ['other', 'other']);
    assert.deepStrictEqual(brief('Westmarsh was one of 11 councils rated inadequate in 2016.').map((r) => r[1]), ['awarded']);
  });

  it('"were found inadequate", "this service was inadequate", "It can be good again", the full RI name anywhere, lower-case label lines', () => {
    assert.deepStrictEqual(brief('Before that, in 2015, we were found inadequate.').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('“Two and a half years ago this service was inadequate.”').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('Inspectors judged the help and protection of children inadequate last year.').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('“It can be good again, but nobody should expect a quick fix.”').map((r) => r.slice(0, 2)), [['good', 'other']]);
    assert.deepStrictEqual(brief('It was judged to require improvement to be good three years ago.').map((r) => r[0]), ['requires improvement']);
    assert.deepStrictEqual(brief('How well children and young people are helped and protected: good').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('She told us: “Requires improvement is better than inadequate.”').map((r) => r.slice(0, 2))[0], ['requires improvement', 'other']);
    // not: a response, or a short label
    assert.deepStrictEqual(brief('The response was inadequate. Note: good'), []);
  });

  it('"they found them inadequate" without inspection words; "we\'re now good"; "a council ... can be inadequate"', () => {
    assert.deepStrictEqual(brief('When they came back last November, they found them inadequate.').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('“I’d be wrong to tell you we’re now good,” he said.').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('“A council can be inadequate in three years if it stops paying attention.”').map((r) => r.slice(0, 2)), [['inadequate', 'other']]);
    // not: people found good, or "we're good at"
    assert.deepStrictEqual(brief('Parents found them good. We’re good at listening.'), []);
  });
});


describe('extractRatings: the inspection the story reports dates what its sentences leave undated', () => {
  const dated = (text: string) => brief(text).map((r) => r[0] + ':' + r[1]);
  function briefDates(text: string): string[] {
    const article = prepareText(text);
    return extractRatings(article, extractDates(article, findArticleDate(article))).map((r) => `${r.text}:${r.status}:${r.date}`);
  }

  it('the first recent inspection date in the lead, for awarded grades with no date and talk of a grade it gave', () => {
    const t = 'Wexley rated good\n\nFriday 17 November 2023\n\nWexley’s children’s services have been rated good by Ofsted. The report follows a three-week inspection in September. ' +
      'Inspectors judged the help and protection of children to be good. “Good is a milestone, not a finishing line,” he said. ' +
      'In its previous inspection, in July 2019, the service was found to require improvement. “We want to be outstanding,” she said.';
    assert.deepStrictEqual(briefDates(t), ['good:awarded:2023-09', 'good:awarded:2023-09', 'good:awarded:2023-09', 'Good:other:2023-09',
      'require improvement:awarded:2019-07', 'outstanding:aspiration:null']);
    assert.ok(dated(t).length > 0);
  });

  it('a visit in the previous December dates a story of February; one years back, or another inspection, does not', () => {
    assert.deepStrictEqual(briefDates('Tuesday 11 February 2025\n\nInspectors visited in December. The council has been rated good.'), ['good:awarded:2024-12']);
    assert.deepStrictEqual(briefDates('Tuesday 11 February 2025\n\nInspectors visited in May 2023. The council has been rated good.'), ['good:awarded:2025']);
    assert.deepStrictEqual(briefDates('Tuesday 11 February 2025\n\nA monitoring visit took place in January. The council has been rated good.'), ['good:awarded:2025']);
    // a grade said to be of another time keeps no date from it
    assert.deepStrictEqual(briefDates('Tuesday 11 February 2025\n\nInspectors visited in January. It was previously judged inadequate.'), ['inadequate:awarded:null']);
  });

  it('an inspection told past a comma after the publication dates the story ("The report, published on Tuesday, follows an inspection ... in July")', () => {
    assert.deepStrictEqual(briefDates('Thu 16 Sep 2027\n\nThe report, published on Tuesday, follows an inspection over three weeks in July. ' +
      'Inspectors judged the council good overall.'), ['good:awarded:2027-07']);
    // the publication's own date is still no inspection's
    assert.deepStrictEqual(briefDates('Thu 16 Sep 2027\n\nThe inspection report was published in July. Inspectors judged the council good overall.'), ['good:awarded:null']);
  });

  it('one visit over the turn of a month ("a three-week inspection in November and December") dates the story by its year', () => {
    assert.deepStrictEqual(briefDates('Thursday 11 February 2027\n\nThe report, published on Tuesday, followed a three-week inspection in November and December. ' +
      'Inspectors judged the council good overall.'), ['good:awarded:2026']);
  });

  it('a visit of another year told right before its date dates the grade after it ("When inspectors last visited, in December 2022, ...")', () => {
    const t = 'Friday 16 July 2027\n\nThe decision follows an Ofsted inspection in May, which rated the service good overall. ' +
      'When inspectors last visited, in December 2022, they found referrals waiting. The service was judged inadequate in every area.';
    assert.deepStrictEqual(briefDates(t), ['good:awarded:2027-05', 'inadequate:awarded:2022-12']);
    // a publication is no visit: "The inspection report was published on 30 April 2026."
    const p = 'Date of meeting: 17 June 2026\n\n3.1 Ofsted inspected the council in March 2026. 3.2 The inspection report was published on 30 April 2026. ' +
      'Inspectors judged the impact of leaders to require improvement to be good.';
    assert.deepStrictEqual(briefDates(p), ['require improvement to be good:awarded:2026-03']);
  });

  it('a phrase of an earlier time closed by a comma does not make the main clause\'s grade earlier ("In June 2026, two years after the inadequate judgement, inspectors rated X good")', () => {
    assert.deepStrictEqual(briefDates('INTERVIEW | 14 October 2027\n\nIn June 2026, two years after the inadequate judgement, inspectors rated Cobbleden good overall. ' +
      'It had last been rated good in 2012.'), ['inadequate:awarded:2024', 'good:awarded:2026-06', 'good:awarded:2012']); // the judgement two years before June 2026
  });

  it('a grade held now, in the present of "be" or "remain", is the latest inspection\'s; a past one is not', () => {
    assert.deepStrictEqual(briefDates('Thursday 14 March 2024\n\nSowerbridge Council\'s children\'s services are good, inspectors have said.'), ['good:awarded:2024']);
    assert.deepStrictEqual(briefDates('Tuesday 3 December 2024\n\nChildren\'s services in Lowmoor are now good. Inspectors visited in October.'), ['good:awarded:2024-10']);
    assert.deepStrictEqual(briefDates('Tuesday 3 December 2024\n\nThe council remains inadequate, Ofsted says.'), ['inadequate:awarded:2024']);
    // past tense: another time, left to the sentences around it
    assert.deepStrictEqual(briefDates('Tuesday 3 December 2024\n\nThe council was inadequate, Ofsted says.'), ['inadequate:awarded:null']);
  });

  it('a year in brackets, or in the next cell of a table row, right after a grade dates it', () => {
    assert.deepStrictEqual(briefDates('How they compare\nGarnham – inadequate (2014), good (2017)\nParrow Bay – good (2012), inadequate (2015)'),
      ['inadequate:awarded:2014', 'good:awarded:2017', 'good:awarded:2012', 'inadequate:awarded:2015']);
    assert.deepStrictEqual(briefDates('Orsley: inadequate (2017), requires improvement to be good (2020), inspectors said.'),
      ['inadequate:awarded:2017', 'requires improvement to be good:awarded:2020']);
  });

  it('"X, which inspectors also judged good, would get a new manager in April": the antecedent is graded, and a date after the article\'s is none of its', () => {
    const article = prepareText('Friday 12 February 2027\n\nCllr Ross said the care leavers\' service, which inspectors also judged good, would get a new manager in April.');
    const [r] = extractRatings(article, extractDates(article, findArticleDate(article)));
    assert.deepStrictEqual([r.subject, r.date], ['the care leavers\' service', null]);
    // a date before the article's still dates it
    assert.deepStrictEqual(briefDates('Friday 12 February 2027\n\nThe care leavers\' service, which inspectors also judged good, was inspected in January.'),
      ['good:awarded:2027-01']);
  });

  it('a headline grade before "at last" or "amid" is a grade given; "good at" a skill is not', () => {
    const head = (h: string) => briefDates(`${h}\n\nBy Ann Lee\nThursday 11 March 2027\n\nThe council has been rated good by Ofsted.`)[0];
    assert.strictEqual(head('Orrathwaite children\'s services rated good at last'), 'good:awarded:2027');
    assert.strictEqual(head('Ruddbeck children\'s services rated inadequate amid "revolving door" of agency staff').split(':').slice(0, 2).join(':'), 'inadequate:awarded');
    // only the body's grade: the headline has none
    assert.strictEqual(briefDates('Foster carers rated good at listening\n\nBy Ann Lee\nThursday 11 March 2027\n\nThe council has been rated good by Ofsted.').length, 1);
  });
});

describe('extractRatings: a grade worked towards', () => {
  const status = (t: string) => brief(t).map((r) => `${r[0]}:${r[1]}`);
  it('"on course to return to good", "would be back to good", "set our sights on outstanding" are hopes', () => {
    assert.deepStrictEqual(status('The Head of Service said the home was on course to return to good, inspectors said.'), ['good:aspiration']);
    assert.deepStrictEqual(status('Councillor Raval said the council would be back to good within 18 months, after the Ofsted report.'), ['good:aspiration']);
    assert.deepStrictEqual(status('We will now set our sights on outstanding, starting with the areas inspectors asked us to strengthen.'), ['outstanding:aspiration']);
  });

  it('a grade reached ("returned to good", "is back to good") or a fall feared ("back to requires improvement") is no hope', () => {
    assert.deepStrictEqual(status('The home returned to good in May, inspectors said.'), ['good:awarded']);
    assert.deepStrictEqual(status('The council is back to good, Ofsted said.'), ['good:awarded']);
    assert.notDeepStrictEqual(status('Close them and we will be back to requires improvement by 2025, the Ofsted report warns.'), ['requires improvement:aspiration']);
  });

  it('three or more grades listed in the scale\'s order name the scale and grade no one; a history in another order is grades given', () => {
    assert.deepStrictEqual(status('1. The Inspection of Local Authority Children\'s Services (ILACS) framework judges councils on a four-point scale: outstanding, good, requires improvement to be good, and inadequate.'),
      ['outstanding:other', 'good:other', 'requires improvement:other', 'inadequate:other']);
    assert.deepStrictEqual(status('Since then the council\'s children\'s services have been rated adequate, good, inadequate and, since last month, requires improvement.'),
      ['adequate:awarded', 'good:awarded', 'inadequate:awarded', 'requires improvement:awarded']);
  });
});

