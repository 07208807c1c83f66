// Navigation features over in-memory documents with hand-made analyses: token splitting, hints, timeline.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { spanOf } from '../seeds';
import { ArticleAnalysis } from '../../server/src/analysis/schema';
import { inlayHints } from '../../server/src/features/inlayHints';
import { semanticTokens } from '../../server/src/features/semanticTokens';
import { timeline } from '../../server/src/features/timeline';
import { matchesQuery } from '../../server/src/features/workspaceSymbols';

const TEXT = 'Jane Doe, director of children’s services at Wessex County Council, spoke in January.\nOfsted rated it good in May 2018; Ms\nDoe agreed.';
const doc = TextDocument.create('file:///w/a.txt', 'plaintext', 1, TEXT);
const at = (s: string, n = 0) => ({ ...spanOf(TEXT, s, n), text: s });
const analysis: ArticleAnalysis = {
  file: 'a.txt',
  articleDate: null,
  people: [{ name: 'Jane Doe', aliases: ['Ms Doe'], roles: [], mentions: [at('Jane Doe'), at('Ms\nDoe')], roleMentions: [{ ...at('director of children’s services at Wessex County Council'), role: 'director', former: false }] }],
  organisations: [{ name: 'Wessex County Council', mentions: [at('Wessex County Council')] }, { name: 'Ofsted', mentions: [at('Ofsted')] }],
  ratings: [{ ...at('good'), grade: 'good', subject: null, date: null, status: 'awarded' }],
  dates: [{ ...at('in January'), resolved: '2018-01', basis: 'nearest-year' }, { ...at('May 2018'), resolved: '2018-05', basis: 'explicit' }],
  diagnostics: [],
};

describe('semantic tokens', () => {
  it('splits a role around the organisation inside it and a mention across a line break', () => {
    const data = semanticTokens(doc, analysis).data;
    const rows: number[][] = [];
    for (let i = 0; i < data.length; i += 5) rows.push(data.slice(i, i + 5));
    assert.deepStrictEqual(rows, [
      [0, 0, 8, 0, 1], // Jane Doe: variable, declaration
      [0, 10, 35, 2, 0], // "director of children’s services at ": property
      [0, 35, 21, 1, 0], // Wessex County Council: namespace
      [0, 29, 10, 3, 0], // in January: number
      [1, 0, 6, 1, 0], // Ofsted
      [0, 16, 4, 4, 0], // good: enumMember
      [0, 8, 8, 3, 0], // May 2018
      [0, 10, 2, 0, 0], // "Ms"
      [1, 0, 3, 0, 0], // "Doe" on the next line
    ]);
  });

  it('answers a range with only the tokens in it', () => {
    const line1 = TEXT.indexOf('Ofsted');
    assert.deepStrictEqual(semanticTokens(doc, analysis, line1, line1 + 20).data, [1, 0, 6, 1, 0, 0, 16, 4, 4, 0]);
  });
});

describe('inlay hints', () => {
  it('follows relative dates only, with their resolved value', () => {
    const hints = inlayHints(doc, analysis, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } });
    assert.deepStrictEqual(hints, [{ position: doc.positionAt(at('in January').end), label: '→ 2018-01', paddingLeft: true, tooltip: undefined }]);
    assert.deepStrictEqual(inlayHints(doc, analysis, { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } }), []);
  });
});

describe('timeline', () => {
  it('dates an undated awarded grade by the latest full date in the article, after dated events', () => {
    const entries = timeline([{ uri: doc.uri, doc, analysis }]);
    assert.deepStrictEqual(entries.map((e) => [e.date, e.label, e.kind]), [['2018-05', '2018-05 · Good (latest date in the article)', 'rating']]);
  });

  it('prefers the article date and lists a grade dated in the text by its own date', () => {
    const dated = { ...analysis, articleDate: '2018-06-01', ratings: [{ ...analysis.ratings[0], date: '2017' }, { ...analysis.ratings[0], start: 0, end: 4, text: 'Jane', grade: 'inadequate' as const }] };
    assert.deepStrictEqual(timeline([{ uri: doc.uri, doc, analysis: dated }]).map((e) => e.label), ['2017 · Good', '2018-06-01 · Inadequate (date of the article)']);
  });
});

describe('workspace symbol query', () => {
  it('matches letters in order, case-insensitively', () => {
    assert.ok(matchesQuery('Sue Westcott', 'swc'));
    assert.ok(matchesQuery('Sue Westcott', ''));
    assert.ok(!matchesQuery('Sue Westcott', 'cs'));
  });
});
