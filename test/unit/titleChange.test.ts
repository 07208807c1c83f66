import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { prepareText } from '../../server/src/analysis/text';
import { findTitleChanges } from '../../server/src/analysis/titleChange';
import { codeActions } from '../../server/src/features/codeActions';
import { readSeed, seedNames, spanOf } from '../seeds';
import { facts, personAt } from './factsHelpers';

/** The check on the facts the real pipeline extracts. */
const real = (t: string) => findTitleChanges(prepareText(t), { ...analyzeArticle(t, 'a.txt', undefined, undefined, false), articleDate: null });
const texts = (t: string) => real(t).map((d) => [d.text, t.slice(d.start, d.start + 12)]);

describe('titleChange: one person, two courtesy titles', () => {
  it('flags the less frequent of Ms/Mrs for one person, with both forms in the message', () => {
    const t = 'Martina Kovacs, the director, met staff. Ms Kovacs said the service had improved.\n\n' +
      'Ms Kovacs added that more work was needed. Mrs Kovacs does not disagree with the critics.';
    const ds = real(t);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].code, 'title-variant');
    assert.deepStrictEqual([ds[0].start, ds[0].end], [spanOf(t, 'Mrs Kovacs').start, spanOf(t, 'Mrs Kovacs').start + 3]);
    assert.strictEqual(ds[0].text, 'Mrs');
    assert.deepStrictEqual(ds[0].suggestions, ['Ms']);
    assert.match(ds[0].message, /“Mrs Kovacs”.*“Ms Kovacs”/);
    assert.strictEqual(t.slice(ds[0].related![0].start, ds[0].related![0].end), 'Ms');
  });

  it('flags Miss against Ms and, on a tie, the later form', () => {
    assert.deepStrictEqual(texts('Miss Okafor chaired the panel. Later Ms Okafor said the plan was agreed.'), [['Ms', 'Ms Okafor sa']]);
  });

  it('offers "make all match" over every variant of that person', () => {
    const t = 'Ms Lindqvist spoke first. Ms Lindqvist agreed. Mrs Lindqvist left. Ms Lindqvist returned. Mrs Lindqvist sat down.';
    const a = analyzeArticle(t, 'a.txt');
    const flagged = a.diagnostics.filter((d) => d.code === 'title-variant');
    assert.deepStrictEqual(flagged.map((d) => d.text), ['Mrs', 'Mrs']);
    const doc = TextDocument.create('file:///a.txt', 'plaintext', 1, t);
    const range = { start: doc.positionAt(flagged[0].start), end: doc.positionAt(flagged[0].end) };
    const all = codeActions(doc, a, range, null).find((x) => x.title.startsWith('Make all'))!;
    assert.deepStrictEqual(all.edit!.changes![doc.uri].map((e) => e.newText), ['Ms', 'Ms']);
  });

  it('flags a professor later called "Dr", with the title as written; "Prof" and "Professor" are one title here', () => {
    const t = 'Professor Ailsa Murchison, who chairs the partnership, spoke. Dr Murchison’s review is due in 2027.';
    assert.deepStrictEqual(texts(t), [['Dr', 'Dr Murchison']]);
    assert.deepStrictEqual(real('Prof Ailsa Murchison spoke first. Professor Murchison’s review is due.'), []);
    const u = 'Prof Ailsa Murchison spoke first. Mrs Murchison’s review is due.';
    assert.deepStrictEqual(texts(u).map((x) => x[0]), ['Mrs']);
    assert.match(real(u)[0].message, /“Prof Ailsa Murchison”/);
  });

  it('flags a dame later called "Mrs", not "Sir" beside "Dame" (a couple)', () => {
    assert.deepStrictEqual(texts('Dame Theodora Tremlett has led the service for nine years. Mrs Tremlett is unsentimental about grades.').map((x) => x[0]), ['Mrs']);
    assert.deepStrictEqual(real('Dame Ann Tremlett spoke. Mr Tremlett, her husband, agreed.'), []);
  });

  it('does not flag Mr and Mrs of one surname, nor "Mr and Mrs Smith" beside "Ms Smith"', () => {
    assert.deepStrictEqual(texts('Mr Smith said he was pleased. Mrs Smith said she was not.'), []);
    assert.deepStrictEqual(texts('Mr and Mrs Smith fostered for years. Ms Smith, their daughter, now works for the council.'), []);
  });

  it('flags a doctor later given a courtesy title (house style keeps "Dr"), not two people with different first names', () => {
    assert.deepStrictEqual(texts('Dr Sushila Patel led the review. Dr Patel’s team met. Mrs Patel said it was fair.'), [['Mrs', 'Mrs Patel sa']]);
    assert.deepStrictEqual(texts('Dr Anil Patel led the review. Mrs Meera Patel said it was fair.'), []);
    assert.deepStrictEqual(texts('Dr Ahmed Sellick takes over in May. Mr Sellick said he was pleased.').map((t) => t[0]), ['Mr']);
  });

  it('does not flag a councillor title beside a courtesy title', () => {
    assert.deepStrictEqual(texts('Cllr Jones chaired the meeting. Mr Jones said the council was improving.'), []);
    assert.deepStrictEqual(texts('Cllr Jones chaired the meeting. Mrs Jones said the council was improving. Cllr Jones agreed.'), []);
  });

  it('does not flag two people sharing a surname: different first names or initials', () => {
    assert.deepStrictEqual(texts('Ms Anna Reyes is the director. Mrs Joan Reyes is a foster carer.'), []);
    assert.deepStrictEqual(texts('Present: Mrs A Smith, Ms B Smith, Mr C Brown.\nMrs A Smith asked a question. Ms B Smith replied.'), []);
    assert.deepStrictEqual(texts('Anna Reyes is the director. Joan Reyes fosters. Ms Reyes said it was hard. Mrs Reyes agreed.'), []);
  });

  it('with a shared surname compares only uses that name the person, within one resolved person', () => {
    const t = 'Ms Anna Reyes spoke. Ms Reyes agreed. Mrs Anna Reyes left. Mrs Joan Reyes stayed. Mrs Reyes sat.';
    const anna = personAt(t, 'Anna Reyes', [['Ms Anna Reyes'], ['Ms Reyes'], ['Mrs Anna Reyes']]);
    const joan = personAt(t, 'Joan Reyes', [['Mrs Joan Reyes'], ['Mrs Reyes']]);
    const ds = findTitleChanges(prepareText(t), facts({ people: [anna, joan] }));
    assert.deepStrictEqual(ds.map((d) => d.start), [spanOf(t, 'Mrs Anna Reyes').start]);
    assert.match(ds[0].message, /“Mrs Anna Reyes”.*“Ms Anna Reyes”/);
    // Unresolved, the same words are two people's and nothing is said.
    assert.deepStrictEqual(findTitleChanges(prepareText(t), facts()), []);
  });

  it('finds nothing on the seeds', () => {
    for (const s of seedNames()) assert.deepStrictEqual(real(readSeed(s)), [], s);
  });
});

describe('titleChange: a knight or a lord called "Mr"', () => {
  it('"Sir Alaric Bemrose" then "Mr Bemrose" is flagged, suggesting "Sir"; "Sir Alaric" is not', () => {
    const t = 'Sir Alaric Bemrose, who chairs our safeguarding partnership, said so. Mr Bemrose is also leading a review. Sir Alaric said more.';
    const ds = real(t);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.text, d.suggestions]), [['title-variant', 'Mr', ['Sir']]]);
    assert.match(ds[0].message, /knight keeps his title \(“Sir Alaric”\)/);
  });
  it('not another person of the surname named in full', () => {
    assert.deepStrictEqual(real('Sir John Hale opened the home. His son, Tom Hale, runs it. Mr Hale said the home was busy.'), []);
  });
});
