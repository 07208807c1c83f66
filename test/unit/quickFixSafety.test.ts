// Every quick fix offered on every seed (LF and CRLF) is applied, and the only change is the span it
// was meant to change: the diagnostic's own span, the spans of the variants it unifies, or one line at
// the end of the file. A fix that touches anything else would corrupt an article silently.
import * as assert from 'assert';
import { CodeAction, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { Diagnostic } from '../../server/src/analysis/schema';
import { codeActions, WordListTarget } from '../../server/src/features/codeActions';
import { AppliedEdit, applyTextEdits, differenceOutsideEdits, splitsUnit } from '../applyEdits';
import { readSeed, seedNames } from '../seeds';

const URI = 'file:///articles/article.txt';
const WORDS_URI = 'file:///articles/.inspection-lens-words';
const WORD_LIST: WordListTarget = { uri: WORDS_URI, end: { line: 2, character: 0, needsNewline: false } };

function editsFor(action: CodeAction, uri: string): TextEdit[] {
  const fromChanges = action.edit?.changes?.[uri] ?? [];
  const fromDocChanges = (action.edit?.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits : []));
  return [...fromChanges, ...fromDocChanges].filter((e): e is TextEdit => 'range' in e);
}

function touchedUris(action: CodeAction): string[] {
  const uris = Object.keys(action.edit?.changes ?? {});
  for (const c of action.edit?.documentChanges ?? []) uris.push('textDocument' in c ? c.textDocument.uri : 'uri' in c ? c.uri : c.oldUri);
  return [...new Set(uris)];
}

/** The spans this action was meant to change, derived from the analysis rather than from its edits. */
function intended(action: CodeAction, d: Diagnostic, all: Diagnostic[], text: string): AppliedEdit[] | 'word-list' {
  const title = action.title;
  if (title.startsWith('Add “')) return 'word-list';
  if (title.startsWith('Ignore “')) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const prefix = text.length && !/[\r\n]$/.test(text) ? eol : '';
    return [{ start: text.length, end: text.length, newText: `${prefix}inspection-lens-disable-file ${d.code}${eol}` }];
  }
  const replacement = /^Replace “[\s\S]*” with “([\s\S]*)”$/.exec(title);
  if (replacement) return [{ start: d.start, end: d.end, newText: replacement[1] }];
  const variants = /^Make all (\d+) variants read “([\s\S]*)”$/.exec(title);
  if (variants) {
    const target = variants[2];
    const spans = all.filter((x) => x.code === d.code && x.suggestions?.[0] === target);
    assert.strictEqual(spans.length, Number(variants[1]), `"${title}" counts ${variants[1]} but ${spans.length} diagnostics agree`);
    return spans.map((x) => ({ start: x.start, end: x.end, newText: target })).sort((a, b) => a.start - b.start);
  }
  throw new Error(`a quick fix this test does not know: "${title}": add what it is meant to change`);
}

/** Swaps two inner letters of every 15th long word, names included, so spelling and variant fixes appear. */
function withSlips(text: string): string {
  let n = 0;
  return text.replace(/\p{L}{6,}/gu, (w) => (++n % 15 === 0 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w));
}

function variantsOf(name: string): { label: string; text: string }[] {
  const lf = readSeed(name).replace(/\r\n?/g, '\n');
  return [
    { label: `${name} (LF)`, text: lf },
    { label: `${name} (CRLF)`, text: lf.replace(/\n/g, '\r\n') },
    { label: `${name} with slips (CRLF)`, text: withSlips(lf).replace(/\n/g, '\r\n') },
  ];
}

describe('quick fixes change only what they are meant to', function () {
  this.timeout(30000);
  const tally: Record<string, number> = {};

  for (const seed of seedNames()) {
    for (const { label, text } of variantsOf(seed.slice(0, 3))) {
      it(`applies every quick fix on seed ${label} and changes only the intended span`, () => {
        const analysis = analyzeArticle(text, URI);
        const doc = TextDocument.create(URI, 'plaintext', 1, text);
        let count = 0;
        for (const d of analysis.diagnostics) {
          const range = { start: doc.positionAt(d.start), end: doc.positionAt(d.end) };
          for (const action of codeActions(doc, analysis, range, WORD_LIST)) {
            count++;
            const what = `${label}: "${action.title}" for ${d.code} at ${d.start}`;
            const target = intended(action, d, analysis.diagnostics, text);
            if (target === 'word-list') {
              // Adding a word writes the word list and nothing else; the article is untouched.
              assert.deepStrictEqual(touchedUris(action), [WORDS_URI], what);
              const [edit] = editsFor(action, WORDS_URI);
              assert.strictEqual(edit.newText.trim(), d.text, what);
              assert.ok(!/[\r\n]/.test(edit.newText.trim()), what);
              continue;
            }
            assert.deepStrictEqual(touchedUris(action), [URI], `${what} touches other files`);
            const { text: after, edits } = applyTextEdits(text, editsFor(action, URI));
            assert.deepStrictEqual(
              edits.map((e) => [e.start, e.end]),
              target.map((e) => [e.start, e.end]),
              `${what} edits other ranges than intended`,
            );
            assert.strictEqual(differenceOutsideEdits(text, after, target), null, what);
            for (const e of edits) assert.ok(!splitsUnit(text, e.start) && !splitsUnit(text, e.end), `${what} splits a character or a CRLF`);
            if (action.title.startsWith('Replace')) assert.ok(!/[\r\n]/.test(target[0].newText), `${what} would insert a line break`);
            if (action.title.startsWith('Ignore')) {
              // The directive silences exactly that code and adds no finding of its own.
              const again = analyzeArticle(after, URI);
              assert.ok(!again.diagnostics.some((x) => x.code === d.code), `${what}: ${d.code} still reported`);
              const key = (x: Diagnostic) => `${x.code}@${x.start}-${x.end}`;
              assert.deepStrictEqual(
                again.diagnostics.map(key),
                analysis.diagnostics.filter((x) => x.code !== d.code).map(key),
                `${what} changed other findings`,
              );
            }
            tally[action.title.split(' ')[0]] = (tally[action.title.split(' ')[0]] ?? 0) + 1;
          }
        }
        console.log(`      ${label}: ${analysis.diagnostics.length} diagnostics, ${count} quick fixes applied`);
      });
    }
  }

  it('offers at least one replacement fix on the seeds, so the checks above are not vacuous', () => {
    assert.ok((tally.Replace ?? 0) > 0, `fixes applied: ${JSON.stringify(tally)}`);
    console.log(`      fixes applied by kind: ${JSON.stringify(tally)}`);
  });

  it('keeps an edit on a line with surrogate pairs and CRLF on whole characters', () => {
    const text = 'Emoji 😀 line.\r\nThe council said it was in Januray 2024 😀.\r\n';
    const analysis = analyzeArticle(text, URI);
    const d = analysis.diagnostics.find((x) => x.text === 'Januray');
    assert.ok(d, `no finding on Januray: ${JSON.stringify(analysis.diagnostics.map((x) => x.text))}`);
    const doc = TextDocument.create(URI, 'plaintext', 1, text);
    const actions = codeActions(doc, analysis, { start: doc.positionAt(d.start), end: doc.positionAt(d.end) }, null);
    const fix = actions.find((a) => a.title === 'Replace “Januray” with “January”');
    assert.ok(fix, actions.map((a) => a.title).join('; '));
    assert.strictEqual(applyTextEdits(text, editsFor(fix, URI)).text, text.replace('Januray', 'January'));
  });
});
