import * as assert from 'assert';
import { findFigureConflicts } from '../../server/src/analysis/figureChecks';
import { findArticleDate } from '../../server/src/analysis/articleDate';
import { extractDates } from '../../server/src/analysis/dates';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed, seedNames } from '../seeds';

const run = (t: string) => findFigureConflicts(prepareText(t));

describe('figureChecks', () => {
  it('flags "seven out of nine" against "eight of the nine" of the same noun', () => {
    const t = 'In the report seven out of nine safeguarding categories were failing. Inspectors found eight of the nine categories were failing.';
    const ds = run(t);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].code, 'figure-conflict');
    assert.strictEqual(ds[0].text, 'eight');
    assert.match(ds[0].message, /“eight of the nine categories”.*“seven out of nine safeguarding categories”/);
    assert.strictEqual(t.slice(ds[0].related![0].start, ds[0].related![0].end), 'seven');
  });

  it('reads words and digits alike, so agreeing counts are silent', () => {
    assert.deepStrictEqual(run('Twenty-five permanent workers will join. The 25 permanent workers start soon.'), []);
    assert.deepStrictEqual(run('There were 19 points for the department to address. All nineteen points for the team matter.'), []);
  });

  it('flags a simple count stated two ways', () => {
    const ds = run('The council will hire 25 permanent workers. It said 23 permanent workers would be hired.');
    assert.deepStrictEqual(ds.map((d) => d.text), ['23']);
  });

  it('reads a counted phrase of four words ("47 vacant social work posts" ... "the 41 vacant social work posts")', () => {
    const ds = run('There are currently 47 vacant social work posts across the service. Cabinet is asked to agree £1.8m to recruit to the 41 vacant social work posts.');
    assert.deepStrictEqual(ds.map((d) => d.text), ['41']);
  });

  it('a reference qualified as its count was ("six areas for improvement" ... "each of the five areas for improvement"), not one qualified otherwise', () => {
    assert.deepStrictEqual(run('3.3 Ofsted identified six areas for improvement.\n\n4.1 The plan sets out actions against each of the five areas for improvement, with a lead.').map((d) => d.text), ['five']);
    assert.deepStrictEqual(run('Ofsted identified six areas for improvement. The plan covers the five areas for which money is set aside.'), []);
    // "improvement" names the areas; "improved" is a change
    assert.deepStrictEqual(run('Ofsted identified six areas for improvement. The council has improved, so the five areas for improvement are fewer.'), []);
  });

  it('a bound referred back to must hold the count given before ("412 children" ... "the more than 430 children in its care")', () => {
    const ds = run('Wythenholme looks after 412 children, a rate close to average. Mr Kwok said the next challenge was finding homes for the more than 430 children in its care.');
    assert.deepStrictEqual(ds.map((d) => d.text), ['more than 430']);
    assert.match(ds[0].message, /“more than 430 children” refers back to a count, but the article gave “412 children” before/);
    assert.deepStrictEqual(run('Wythenholme looks after 412 children. He wants homes for the more than 400 children in its care.'), []);
    assert.deepStrictEqual(run('Wythenholme looks after 412 children. He wants homes for the almost 420 children in its care.'), []);
    assert.deepStrictEqual(run('Wythenholme looks after 412 children. He wants homes for the fewer than 400 children in its care.').map((d) => d.text), ['fewer than 400']);
  });

  it('a count referred back to with its two digits swapped, about the same thing ("Twenty-three social workers recruited" ... "The 32 recruits")', () => {
    const t = 'Twenty-three social workers recruited from abroad have started work. Most will join the teams. "The 32 recruits bring a lot of experience," he said.';
    const ds = run(t);
    assert.deepStrictEqual(ds.map((d) => d.text), ['32']);
    assert.match(ds[0].message, /“32 recruits” refers back to a count, but the article gave “Twenty-three social workers” before: 32 and 23, the digits swapped\?/);
    // another thing, or a count far from it, is not a slip
    assert.deepStrictEqual(run('Twenty-three social workers recruited from abroad have started work. "The 32 children in care will meet them," he said.'), []);
    // referred back to a few paragraphs on ("every one of the 36 children inspectors were worried about"); not when not referred back to
    const filler = ' Inspectors met managers and read case files in every team.'.repeat(14);
    const far = `Inspectors found 63 children on plans who had not been visited.${filler} "Every one of the 36 children inspectors were worried about has now been seen," he said.`;
    assert.deepStrictEqual(run(far).map((d) => d.text), ['36']);
    assert.match(run(far)[0].message, /digits swapped/);
    assert.deepStrictEqual(run(far.replace('Every one of the 36 children', 'In all, 36 children')), []);
  });

  it('counts households, though the word holds "old"; ages are no counts', () => {
    const ds = run('The manager reported that 34 new fostering households had been approved, against a target of 40. The Chair thanked the 43 new fostering households approved during the year.');
    assert.deepStrictEqual(ds.map((d) => d.text), ['43']);
    assert.deepStrictEqual(run('The nursery group has 3 year-olds in one room. The nursery group has 4 year-olds in another.'), []);
  });

  it('flags a count referred back to with "the" that the article gave otherwise ("14 actions" ... "The twelve actions in the plan")', () => {
    const ds = run('2.2 That Cabinet approves the plan, which contains 14 actions.\n\n5.1 The twelve actions in the plan are grouped under four priorities.');
    assert.deepStrictEqual(ds.map((d) => d.text), ['twelve']);
    assert.match(ds[0].message, /“twelve actions” refers back to a count, but the article gave “14 actions” before/);
  });

  it('does not read a part picked out ("the 12 cases where"), a count the article gave two ways itself, or a change as a reference back', () => {
    assert.deepStrictEqual(run('Inspectors read 40 cases. In the 12 cases where risk was high, plans were late.'), []);
    assert.deepStrictEqual(run('Inspectors read 40 cases in June. They read 30 cases in May. The 35 cases were typical.'), []);
    assert.deepStrictEqual(run('The council had 14 actions. It added two more, so the 16 actions are on track.'), []);
    assert.deepStrictEqual(run('The council had 14 actions. It reviewed them, so the 16 actions are on track.').map((d) => d.text), ['16']);
  });

  it('flags a count referred back to in fewer words that matches neither the whole nor a part ("nine new fostering households" ... "four of them" ... "the five households")', () => {
    const t = 'The agency had approved nine new fostering households in the past year, and for four of them references had not been followed up. ' +
      'She said all references for the five households had now been checked.';
    const ds = run(t);
    assert.deepStrictEqual(ds.map((d) => d.text), ['five']);
    assert.match(ds[0].message, /“five households” refers back to a count, but the article gave “four of them” before/);
  });

  it('not a reference that matches the whole or its part, a part picked out in more words, or parts of two sets', () => {
    const head = 'The agency had approved nine new fostering households, and for four of them references had not been followed up. ';
    assert.deepStrictEqual(run(`${head}She said references for the four households had now been checked.`), []);
    assert.deepStrictEqual(run(`${head}She said all the nine households were visited.`), []);
    assert.deepStrictEqual(run('Inspectors read 40 cases. In the 12 high-risk cases, plans were late.'), []);
    assert.deepStrictEqual(run(`${head}It had approved 12 new fostering households in 2023, and for three of them checks were late.`), []);
  });

  it('does not compare different things, complementary shares or counts over time', () => {
    assert.deepStrictEqual(run('It hired 23 temporary social workers. Twenty-five permanent workers join.'), []);
    assert.deepStrictEqual(run('Four of the five areas were inadequate. One of the five areas was adequate.'), []);
    assert.deepStrictEqual(run('Open cases fell from 724 cases to 296 cases. The team had 300 cases.'), []);
    assert.deepStrictEqual(run('Nine safeguarding categories were checked. Five inspection areas were graded.'), []);
    assert.deepStrictEqual(run('Over the past 18 months it improved. Over the next six months it will grow.'), []);
  });

  it('compares counts its sentences place at the same time, whatever else those sentences say', () => {
    const t = 'In February 2015, seven social workers resigned in a single month, for jobs that paid up to £15 an hour more. ' +
      'Of the 9 social workers who resigned that month in 2015, two have since come back.';
    assert.deepStrictEqual(run(t).map((d) => d.text), ['9']);
    assert.deepStrictEqual(run('The council has recruited fourteen permanent social workers since the last inspection, funded through the 2019/20 budget. ' +
      'The 12 permanent social workers recruited since the last inspection are already funded.').map((d) => d.text), ['12']);
  });

  it('not counts at different times, nor two values in one sentence', () => {
    assert.deepStrictEqual(run('In 2015 the team had 30 social workers. In 2018 the team had 42 social workers.'), []);
    assert.deepStrictEqual(run('The team had 30 social workers. It now has 42 social workers.'), []);
    assert.deepStrictEqual(run('In 2015 there were 300 open cases; by 2018, 200 open cases.'), []);
    assert.deepStrictEqual(run('In March the team had 30 social workers. In June the team had 42 social workers.'), []);
  });

  it('raises nothing on the seeds', () => {
    for (const name of seedNames()) assert.deepStrictEqual(run(readSeed(name)).map((d) => d.message), [], name);
  });
});

describe('figureChecks: timelines', () => {
  // the timeline is read from the article's dates, as the pipeline passes them
  const codes = (t: string) => {
    const a = prepareText(t);
    return findFigureConflicts(a, extractDates(a, findArticleDate(a))).map((d) => d.text);
  };
  it('counts in two entries of a timeline are of two times ("three judgement areas" in 2021, "all four" in 2026)', () => {
    const t = 'Here is how it got there.\n\nFebruary 2021\nOfsted rates Brackenhaugh inadequate in all three judgement areas.\n\n' +
      '3 March 2026\nOfsted publishes its report: good in all four judgement areas.\n';
    assert.deepStrictEqual(codes(t), []);
  });
  it('but one entry and the prose after it are compared', () => {
    const t = 'February 2021\nOfsted rates Brackenhaugh inadequate in all three judgement areas.\n\n' +
      'Ofsted publishes its report: good in all four judgement areas.\n';
    assert.deepStrictEqual(codes(t), ['four']);
  });
});

describe('figureChecks: a participle after the counted noun, and three digits swapped', () => {
  it('"four children aged 12 to 17" ... "all three children living at the home": the participle is not part of what is counted', () => {
    const t = 'Raven Crag House looks after four children aged 12 to 17. The owner said: "I have met all three children living at Raven Crag this week."';
    assert.deepStrictEqual(findFigureConflicts(prepareText(t)).map((d) => d.text), ['three']);
    // a participle before the noun is a modifier: "nine new fostering households" ... "the five households"
    const u = 'The agency approved nine new fostering households. She said the nine households had been checked.';
    assert.deepStrictEqual(findFigureConflicts(prepareText(u)), []);
  });

  it('"has 142 approved fostering households" ... "With 124 households across the region": swapped digits of the same noun, however far apart', () => {
    const filler = ' The panel met monthly and the report praised its training.'.repeat(40);
    const t = `Morvah Fostering has 142 approved fostering households.${filler} With 124 households across the region, it is large.`;
    const ds = findFigureConflicts(prepareText(t));
    assert.deepStrictEqual(ds.map((d) => d.text), ['124']);
    assert.match(ds[0].message, /“124 households” here, but the article gave “142 approved fostering households” before: 124 and 142, the digits swapped\?/);
    // another noun, two digits only, or the digits not swapped: nothing
    assert.deepStrictEqual(findFigureConflicts(prepareText(`Morvah has 142 approved fostering households.${filler} With 124 carers across the region, it is large.`)), []);
    assert.deepStrictEqual(findFigureConflicts(prepareText(`Morvah has 42 approved fostering households.${filler} With 24 households across the region, it is large.`)), []);
    assert.deepStrictEqual(findFigureConflicts(prepareText(`Morvah has 142 approved fostering households.${filler} With 134 households across the region, it is large.`)), []);
  });
});

describe('figureChecks: three digits in another order, however far back', () => {
  it('"a backlog of 312 annual reviews" ... "the 213 overdue reviews"; "312 children had been waiting" ... (far on) "the 321 children waiting"', () => {
    const filler = ' The panel met monthly and the report praised its training.'.repeat(40);
    assert.deepStrictEqual(findFigureConflicts(prepareText(`There was a backlog of 312 annual reviews.${filler} She expected to clear the 213 overdue reviews by March.`)).map((d) => d.text), ['213']);
    assert.deepStrictEqual(findFigureConflicts(prepareText(`Inspectors found that 312 children had been waiting for an assessment.${filler} She said the 321 children waiting would be contacted.`)).map((d) => d.text), ['321']);
    // other digits, or another thing counted, are no slip
    assert.deepStrictEqual(findFigureConflicts(prepareText(`There was a backlog of 312 annual reviews.${filler} She expected to clear the 214 overdue reviews by March.`)), []);
    assert.deepStrictEqual(findFigureConflicts(prepareText(`There was a backlog of 312 annual reviews.${filler} She expected to see the 213 families by March.`)), []);
  });
});

describe('figureChecks: digits swapped in a total referred back', () => {
  it('"212 children in care" ... "139 of the 221 children in its care" is flagged; totals of two samples are not compared', () => {
    const t = 'Thirlmarsh Council has 212 children in care, and 73 of them live more than 20 miles from home. The plan was agreed. ' +
      'The council\'s 118 fostering households currently look after 139 of the 221 children in its care.';
    assert.deepStrictEqual(run(t).map((d) => [d.code, d.text]), [['figure-conflict', '221']]);
    assert.deepStrictEqual(run('Inspectors sampled files. Twelve of the 40 cases were poor. Three of the 38 cases in another team were poor.'), []);
    assert.deepStrictEqual(run('Twelve of the 40 cases were poor. In March, 12 of the 38 cases seen were poor. In May, 9 of the 41 cases seen were poor.'), []);
  });
});

describe('figureChecks: where the counted words end, an owner\'s set, and what a verb counted', () => {
  it('a verb after a plural ends the counted words: "whose 124 fostering households look after ..." swaps "142 approved fostering households"', () => {
    const t = 'Penwithel Fostering has 142 approved fostering households. The report was late. Penwithel, whose 124 fostering households look after 190 children, is large.';
    assert.deepStrictEqual(run(t).map((d) => d.text), ['124']);
    // a plural before another plural is still one phrase
    assert.deepStrictEqual(run('The county has 14 children\'s services teams. The report was late. The 14 children\'s services teams meet monthly.'), []);
  });

  it('"the agency\'s 78 households" and "its 78 households" refer back to "84 fostering households"; the same count does not', () => {
    const t = (ref: string) => `The agency supports 84 fostering households and 131 children. The report was late. She said every one of ${ref} households would have a visit.`;
    assert.deepStrictEqual(run(t("the agency's 78")).map((d) => d.text), ['78']);
    assert.deepStrictEqual(run(t('its 78')).map((d) => d.text), ['78']);
    assert.deepStrictEqual(run(t("the agency's 84")), []);
  });

  it('"recruited 36 permanent social workers" ... "the 38 new recruits": what a verb of the same stem counted', () => {
    const t = (n: string) => `Since January the council has recruited 36 permanent social workers. The report was late. Inspectors said the ${n} new recruits were well supported.`;
    assert.deepStrictEqual(run(t('38')).map((d) => d.text), ['38']);
    assert.deepStrictEqual(run(t('36')), []);
    // another verb's count is no reference
    assert.deepStrictEqual(run('Since January the council has interviewed 36 permanent social workers. The report was late. Inspectors said the 38 new recruits were well supported.'), []);
  });
});

describe('figureChecks: a part told apart from the rest', () => {
  it('"the other two homes" is a part of the council\'s homes: "all four homes" does not refer back to it', () => {
    const t = (other: string) => `Kinnerbrook Lodge is one of the council's four children's homes. ${other} homes, Tremynydd House and Yew Tree House, are rated good. The aim is for all four homes to be outstanding.`;
    assert.deepStrictEqual(run(t('The other two')), []);
    assert.deepStrictEqual(run(t('The remaining two')), []);
    // told without a word that sets it apart, "two homes" is what "all four homes" is compared with
    assert.deepStrictEqual(run(t('Two')).map((d) => d.text), ['four']);
  });
});

describe('figureChecks: a bound on a length of time', () => {
  it('"41 children who had waited more than a month" is still a count: "all 44 children identified" refers back to it', () => {
    const t = 'Inspectors identified 41 children who had waited more than a month for a social worker. The director was new. He said all 44 children identified by inspectors now had one.';
    assert.deepStrictEqual(run(t).map((d) => d.text), ['44']);
    // a count told as changed is still no count to refer back to
    assert.deepStrictEqual(run(t.replace('41 children who had waited more than a month', '41 more children who had waited')), []);
  });
});

describe('figureChecks: three digits swapped in a sentence about a change', () => {
  it('"The increase will cost £310,000 across the council\'s 148 fostering households" after "184 approved fostering households"', () => {
    const t = (n: string) => `The council had 184 approved fostering households, caring for 221 children. The plan was agreed. The increase will cost £310,000 across the council's ${n} fostering households.`;
    assert.deepStrictEqual(run(t('148')).map((d) => d.text), ['148']);
    // another count in a sentence about a change is still not compared
    assert.deepStrictEqual(run(t('190')), []);
  });
});

describe('figureChecks: counts written with a thousands separator', () => {
  it('"2,316 children" ... "the 2,136 children": four digits with two neighbours swapped; "2,316" is read as one count', () => {
    const t = (n: string) => `There were now 2,316 children and young people with plans. The service was busy. She asked how it would manage the ${n} children and young people with plans if numbers kept rising.`;
    assert.deepStrictEqual(run(t('2,136')).map((d) => d.text), ['2,136']);
    // another count in a sentence about a change is not compared, nor are digits swapped that are not neighbours
    assert.deepStrictEqual(run(t('2,400')), []);
    assert.deepStrictEqual(run(t('6,312')), []);
  });
});

describe('figureChecks: a rate is no set referred back to', () => {
  it('"18 children per worker" is not what "the council\'s 415 children" refers to; "18 children" is', () => {
    assert.deepStrictEqual(run('Average caseloads are 18 children per worker. The council\'s 415 children will each have a review.'), []);
    assert.deepStrictEqual(run('Each team looks after 18 children. The council\'s 415 children will each have a review.'), []);
    assert.deepStrictEqual(run('The team looks after 418 children. The team\'s 415 children will have a review.').length, 1);
  });
});

