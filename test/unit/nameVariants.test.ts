import * as assert from 'assert';
import { findNameVariants } from '../../server/src/analysis/nameVariants';
import { prepareText } from '../../server/src/analysis/text';
import { facts, personAt } from './factsHelpers';

const run = (t: string, people: ReturnType<typeof personAt>[]) => findNameVariants(prepareText(t), facts({ people }));

describe('nameVariants', () => {
  it('flags a surname misspelt in a second person the extractor split off, suggesting the majority form', () => {
    const t = 'Sue Westcott said yes. Mrs Westcott agreed. Later Sue Westcot spoke.';
    const ds = run(t, [
      personAt(t, 'Sue Westcott', [['Sue Westcott'], ['Mrs Westcott']]),
      personAt(t, 'Sue Westcot', [['Sue Westcot']]),
    ]);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].code, 'name-variant');
    assert.strictEqual(ds[0].text, 'Westcot');
    assert.strictEqual(t.slice(ds[0].start, ds[0].end), 'Westcot');
    assert.deepStrictEqual(ds[0].suggestions, ['Westcott']);
    assert.match(ds[0].message, /“Westcot”.*“Westcott”/);
  });

  it('flags a long surname two slips away that starts the same ("Ditchbourne" after "Greta Ditchburn"), not a short or differently begun one', () => {
    const t = 'Mrs Greta Ditchburn said so. Mrs Ditchbourne said more. Ms Alma Hanley spoke. Ms Hansley replied. Jo Robertson and Jo Albertson met.';
    const ds = run(t, [
      personAt(t, 'Greta Ditchburn', [['Mrs Greta Ditchburn']]),
      personAt(t, 'Ditchbourne', [['Mrs Ditchbourne']]),
      personAt(t, 'Alma Hanley', [['Ms Alma Hanley']]),
      personAt(t, 'Hansley', [['Ms Hansley']]),
      personAt(t, 'Jo Robertson', [['Jo Robertson']]),
      personAt(t, 'Jo Albertson', [['Jo Albertson']]),
    ]);
    assert.deepStrictEqual(ds.map((d) => d.text), ['Ditchbourne', 'Hansley']);
    // two letters spelt another way inside a long name that starts and ends the same ("Majumder" after "Rahima Mozumder")
    const b = 'Rahima Mozumder said so. Ms Mozumder agreed. Ms Majumder left. Mr Hendricks and Mr Hedrickson met.';
    assert.deepStrictEqual(run(b, [
      personAt(b, 'Rahima Mozumder', [['Rahima Mozumder'], ['Ms Mozumder']]),
      personAt(b, 'Majumder', [['Ms Majumder']]),
      personAt(b, 'Hendricks', [['Mr Hendricks']]),
      personAt(b, 'Hedrickson', [['Mr Hedrickson']]),
    ]).map((d) => d.text), ['Majumder']);
    // a four-letter surname with a letter added, written after a title ("Ms Fahey" after "Noreen Fahy")
    const c = 'Noreen Fahy said so. Ms Fahy agreed. Ms Fahey left.';
    assert.deepStrictEqual(run(c, [personAt(c, 'Noreen Fahy', [['Noreen Fahy'], ['Ms Fahy']]), personAt(c, 'Fahey', [['Ms Fahey']])]).map((d) => d.text), ['Fahey']);
  });

  it('flags a surname spelt another way that sounds the same ("Ms Virdi" after "Ms Virdee"), not names that sound different', () => {
    const t = 'Jaspreet Virdee spoke. Ms Virdee agreed. Ms Virdi left. Anna Mackenzie and Ms Mackenzie met Mr McKenzey. Ruth Kelly and Ms Kelso came.';
    const ds = run(t, [
      personAt(t, 'Jaspreet Virdee', [['Jaspreet Virdee'], ['Ms Virdee']]),
      personAt(t, 'Virdi', [['Ms Virdi']]),
      personAt(t, 'Anna Mackenzie', [['Anna Mackenzie'], ['Ms Mackenzie']]),
      personAt(t, 'McKenzey', [['Mr McKenzey']]),
      personAt(t, 'Ruth Kelly', [['Ruth Kelly']]),
      personAt(t, 'Kelso', [['Ms Kelso']]),
    ]);
    assert.deepStrictEqual(ds.map((d) => [d.text, d.suggestions![0]]), [['Virdi', 'Virdee'], ['McKenzey', 'Mackenzie']]);
  });

  it('flags a hyphen dropped from a double-barrelled surname', () => {
    const t = 'Wendi Ogle-Welbourn spoke. Ms Ogle-Welbourn added more. Wendi Ogle Welbourn ended.';
    const ds = run(t, [personAt(t, 'Wendi Ogle-Welbourn', [['Wendi Ogle-Welbourn'], ['Ms Ogle-Welbourn'], ['Wendi Ogle Welbourn']])]);
    assert.deepStrictEqual(ds.map((d) => [d.text, d.suggestions![0]]), [['Ogle Welbourn', 'Ogle-Welbourn']]);
  });

  it('finds a variant the extractor missed, after a title or the known first name', () => {
    const t = 'Malcolm Newsam arrived. Mr Newsam said so. Then Mr Newsom left. Malcolm Newsham smiled.';
    const ds = run(t, [personAt(t, 'Malcolm Newsam', [['Malcolm Newsam'], ['Mr Newsam']])]);
    assert.deepStrictEqual(ds.map((d) => [d.text, d.suggestions![0]]), [['Newsom', 'Newsam'], ['Newsham', 'Newsam']]);
  });

  it('one mention each way: the later is the slip, whichever form the extractor knew', () => {
    const t = 'Abdikarim Yasin has managed Rosewarnack Lodge since 2019.\n\nAbdikarim Yassin says the grades belong to his staff.';
    const ds = run(t, [personAt(t, 'Abdikarim Yassin', [['Abdikarim Yassin']])]);
    assert.deepStrictEqual(ds.map((d) => [t.slice(d.start, d.end), d.suggestions]), [['Yassin', ['Yasin']]]);
    // with the known form written twice, the one other form is the slip wherever it stands
    const two = t + ' Mr Yassin agreed.';
    const dt = run(two, [personAt(two, 'Abdikarim Yassin', [['Abdikarim Yassin'], ['Mr Yassin']])]);
    assert.deepStrictEqual(dt.map((d) => [two.slice(d.start, d.end), d.suggestions]), [['Yasin', ['Yassin']]]);
  });

  it('does not flag different people, hypocorisms, case or ordinary words near a surname', () => {
    const t = 'John Scott and Mary Stott met. Sue Westcott, or Susan Westcott, spoke. WESTCOTT and the Scots said no. Jones and Jonas arrived.';
    const ds = run(t, [
      personAt(t, 'John Scott', [['John Scott']]),
      personAt(t, 'Mary Stott', [['Mary Stott']]),
      personAt(t, 'Sue Westcott', [['Sue Westcott'], ['Susan Westcott'], ['WESTCOTT']]),
      personAt(t, 'Jones', [['Jones']]),
    ]);
    assert.deepStrictEqual(ds, []);
  });

  it('flags a first name with a letter added, but not two names a letter apart by substitution', () => {
    const t = 'Philip Brown spoke. Philip Brown again. Phillip Brown left. Mark Green and Mary Green came.';
    const ds = run(t, [
      personAt(t, 'Philip Brown', [['Philip Brown'], ['Philip Brown', 1], ['Phillip Brown']]),
      personAt(t, 'Mark Green', [['Mark Green']]),
      personAt(t, 'Mary Green', [['Mary Green']]),
    ]);
    assert.deepStrictEqual(ds.map((d) => [d.text, d.suggestions![0]]), [['Phillip', 'Philip']]);
  });

  it('a four-letter surname written another way beside "says" or a title ("Pyke says" after "Lauren Pike"); not a word of its own', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { analyzeArticle } = require('../../server/src/analysis/analyze');
    const codes = (t: string) => analyzeArticle(t).diagnostics.map((d: { code: string; text: string }) => `${d.code} ${d.text}`);
    assert.deepStrictEqual(codes('Lauren Pike remembers the week. Staff knew. Pyke says her team went for a curry.'), ['name-variant Pyke']);
    assert.deepStrictEqual(codes('Lauren Pike remembers the week. The Pyke Street office closed.'), []);
    assert.deepStrictEqual(codes('Tom Reed said so. Anna Reid said more. Reid says the plan works.'), []);
  });

  it('one academic title, one surname, one initial: "Dr Nina Pell" after "Dr Naomi Pell" is flagged; "Dr Sam Pell" and "Mr Sam Pell"... no', () => {
    const t = 'Dr Naomi Pell was appointed. Dr Naomi Pell starts soon. The leader said Dr Nina Pell was right.';
    const ds = run(t, [personAt(t, 'Naomi Pell', [['Dr Naomi Pell'], ['Dr Naomi Pell', 1]]), personAt(t, 'Nina Pell', [['Dr Nina Pell']])]);
    assert.deepStrictEqual(ds.map((d) => [d.text, d.suggestions![0]]), [['Nina', 'Naomi']]);
    const u = 'Mr Sam Pell spoke. Mrs Sally Pell spoke too.';
    assert.deepStrictEqual(run(u, [personAt(u, 'Sam Pell', [['Mr Sam Pell']]), personAt(u, 'Sally Pell', [['Mrs Sally Pell']])]), []);
  });

  it('a substituted letter under a rare surname is flagged ("Karin" beside "Karen Holloway-Achebe")', () => {
    const t = 'Karen Holloway-Achebe spoke. Karen Holloway-Achebe again. Karin Holloway-Achebe left.';
    const ds = run(t, [personAt(t, 'Karen Holloway-Achebe', [['Karen Holloway-Achebe'], ['Karen Holloway-Achebe', 1], ['Karin Holloway-Achebe']])]);
    assert.deepStrictEqual(ds.map((d) => [d.text, d.suggestions![0]]), [['Karin', 'Karen']]);
  });

  it('a first name that starts the same and ends another way, given to someone with no post ("Rosamund" after "Dr Rosalind Veldhuis")', () => {
    const t = 'Dr Rosalind Veldhuis, deputy director, will start in January. Rosamund Veldhuis lives in Stanmoor.';
    const rosalind = personAt(t, 'Rosalind Veldhuis', [['Dr Rosalind Veldhuis']], [['deputy director', 'deputy director']]);
    const ds = run(t, [rosalind, personAt(t, 'Rosamund Veldhuis', [['Rosamund Veldhuis']])]);
    assert.deepStrictEqual(ds.map((d) => [d.text, d.suggestions![0]]), [['Rosamund', 'Rosalind']]);
    // her husband has a post of his own; short names sharing a start are two people
    const u = 'Dr Rosalind Veldhuis, deputy director, spoke. Rosamund Veldhuis, a teacher, spoke. Danny Shaw and Daniela Shaw came. Daniel Shaw and Daniela Shaw spoke.';
    assert.deepStrictEqual(run(u, [personAt(u, 'Rosalind Veldhuis', [['Dr Rosalind Veldhuis']], [['deputy director', 'deputy director']]),
      personAt(u, 'Rosamund Veldhuis', [['Rosamund Veldhuis']], [['a teacher', 'teacher']]),
      personAt(u, 'Danny Shaw', [['Danny Shaw']]), personAt(u, 'Daniela Shaw', [['Daniela Shaw'], ['Daniela Shaw', 1]]),
      personAt(u, 'Daniel Shaw', [['Daniel Shaw']])]), []);
  });
});

describe('first names spelt two known ways', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  it('flags "Steven Hargreave" beside "Stephen Hargreave", but not "Steve" beside "Stephen"', () => {
    const text = 'Stephen Hargreave, the council leader, said the plan was sound. Later Steven Hargreave said it again.';
    const found = analyzeArticle(text).diagnostics.filter((d: any) => d.code === 'name-variant');
    assert.deepStrictEqual(found.map((d: any) => [d.text, d.suggestions]), [['Steven', ['Stephen']]]);
    const fine = 'Stephen Hargreave, the council leader, said the plan was sound. Later Steve Hargreave said it again.';
    assert.deepStrictEqual(analyzeArticle(fine).diagnostics.filter((d: any) => d.code === 'name-variant'), []);
  });
});
