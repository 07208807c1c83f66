// Feature modules over in-memory documents with a hand-made analysis: what each LSP answer looks like.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { spanOf } from '../seeds';
import { ArticleAnalysis } from '../../server/src/analysis/schema';
import { codeActions } from '../../server/src/features/codeActions';
import { toLspDiagnostics } from '../../server/src/features/diagnostics';
import { hoverAt } from '../../server/src/features/hover';
import { documentSymbols, flatSymbols } from '../../server/src/features/symbols';

const TEXT = 'Jane Doe, director of children\'s services, said it.\nMs Doe said Ofsted rated it good in May 2018.\nCllr Roe and Clr Roe agreed. Teh end.';
const doc = TextDocument.create('file:///a.txt', 'plaintext', 3, TEXT);
const at = (s: string, n = 0) => ({ ...spanOf(TEXT, s, n), text: s });

const analysis: ArticleAnalysis = {
  file: 'a.txt',
  articleDate: null,
  people: [
    {
      name: 'Jane Doe',
      aliases: ['Ms Doe'],
      roles: ["director of children's services", 'assistant director'],
      mentions: [at('Jane Doe'), at('Ms Doe')],
      roleMentions: [
        { ...at("director of children's services"), role: "director of children's services", former: false },
        { ...at('director', 0), role: 'assistant director', former: true },
      ],
    },
  ],
  organisations: [{ name: 'Ofsted', mentions: [at('Ofsted')] }],
  ratings: [{ ...at('good'), grade: 'good', subject: 'the council', date: '2018-05', status: 'awarded', body: 'Ofsted' }],
  dates: [{ ...at('May 2018'), resolved: '2018-05', basis: 'explicit', explanation: 'Written in full.' }],
  diagnostics: [
    { ...at('Clr'), code: 'title-variant', severity: 'warning', message: '"Clr" beside "Cllr"', suggestions: ['Cllr'] },
    { ...at('Teh'), code: 'spelling', severity: 'warning', message: '"Teh"', suggestions: ['The', 'Tea'] },
  ],
};

describe('hover', () => {
  it('shows a person with roles, the former one marked, aliases and mention lines', () => {
    const h = hoverAt(doc, analysis, TEXT.indexOf('Doe said') + 1)!;
    const v = (h.contents as { value: string }).value;
    assert.match(v, /\*\*Jane Doe\*\*/);
    assert.match(v, /- director of children's services\n/);
    assert.match(v, /- assistant director \*\(former\)\*/);
    assert.match(v, /Also written: “Ms Doe”/);
    assert.match(v, /Mentioned 2 times, on lines 1, 2\./);
    assert.deepStrictEqual(h.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
  });

  it('shows a rating and a date', () => {
    const r = (hoverAt(doc, analysis, at('good').start)!.contents as { value: string }).value;
    assert.match(r, /\*\*Good\*\* · Ofsted grade/);
    assert.match(r, /Rates: the council/);
    assert.match(r, /When: May 2018/);
    const d = (hoverAt(doc, analysis, at('May 2018').start + 4)!.contents as { value: string }).value;
    assert.match(d, /→ May 2018 \(`2018-05`\)/);
  });

  it('answers null away from any entity', () => {
    assert.strictEqual(hoverAt(doc, analysis, TEXT.indexOf('agreed')), null);
  });
});

describe('document symbols', () => {
  it('groups ratings, people and organisations with valid nested ranges', () => {
    const s = documentSymbols(doc, analysis);
    assert.deepStrictEqual(s.map((x) => x.name), ['Ratings', 'People', 'Organisations']);
    assert.deepStrictEqual(s[0].children!.map((c) => [c.name, c.detail]), [['Good', 'the council · May 2018']]);
    const person = s[1].children![0];
    assert.deepStrictEqual([person.name, person.detail, person.children!.map((c) => c.name)], ['Jane Doe', "director of children's services", ['Jane Doe', 'Ms Doe']]);
    const within = (outer: any, inner: any) => doc.offsetAt(outer.start) <= doc.offsetAt(inner.start) && doc.offsetAt(inner.end) <= doc.offsetAt(outer.end);
    const check = (x: any): void => {
      assert.ok(within(x.range, x.selectionRange), x.name);
      (x.children ?? []).forEach(check);
    };
    s.forEach(check);
  });

  it('is empty for an article with nothing in it, and flattens for old clients', () => {
    const empty = { ...analysis, people: [], organisations: [], ratings: [] };
    assert.deepStrictEqual(documentSymbols(doc, empty), []);
    const flat = flatSymbols(doc.uri, documentSymbols(doc, analysis));
    assert.ok(flat.some((f) => f.name === 'Ms Doe' && f.containerName === 'Jane Doe'));
  });
});

describe('diagnostics and quick fixes', () => {
  it('caps the findings per file and says so', () => {
    const d = toLspDiagnostics(doc, analysis.diagnostics, { maxPerFile: 1, relatedInformation: true });
    assert.deepStrictEqual(d.map((x) => x.code), ['title-variant', 'diagnostics-capped']);
  });

  it('offers each suggestion as a replacement of exactly the span, the first preferred', () => {
    const range = { start: doc.positionAt(at('Teh').start), end: doc.positionAt(at('Teh').end) };
    const actions = codeActions(doc, analysis, range, null);
    const replace = actions.filter((a) => a.title.startsWith('Replace'));
    assert.deepStrictEqual(replace.map((a) => a.edit!.changes![doc.uri][0].newText), ['The', 'Tea']);
    assert.deepStrictEqual(replace.map((a) => !!a.isPreferred), [true, false]);
    assert.deepStrictEqual(replace[0].edit!.changes![doc.uri][0].range, range);
  });

  it('adds a word to the workspace word list, creating the file when it is missing', () => {
    const range = { start: doc.positionAt(at('Teh').start), end: doc.positionAt(at('Teh').end) };
    const create = codeActions(doc, analysis, range, { uri: 'file:///w/.inspection-lens-words', end: null }).find((a) => a.title.startsWith('Add'))!;
    assert.deepStrictEqual((create.edit!.documentChanges![0] as any).kind, 'create');
    const append = codeActions(doc, analysis, range, { uri: 'file:///w/.inspection-lens-words', end: { line: 2, character: 5, needsNewline: true } }).find((a) => a.title.startsWith('Add'))!;
    const edit = (append.edit!.documentChanges![0] as any).edits[0];
    assert.deepStrictEqual([edit.range.start, edit.newText], [{ line: 2, character: 5 }, '\nTeh\n']);
  });

  it('ignores a code for the file by appending a directive at the end', () => {
    const range = { start: doc.positionAt(at('Teh').start), end: doc.positionAt(at('Teh').end) };
    const ignore = codeActions(doc, analysis, range, null).find((a) => a.title.startsWith('Ignore'))!;
    const edit = ignore.edit!.changes![doc.uri][0];
    assert.deepStrictEqual([edit.range.start, edit.newText], [doc.positionAt(TEXT.length), '\ninspection-lens-disable-file spelling\n']);
  });
});
