import * as assert from 'assert';
import { applySuppressions } from '../../server/src/analysis/suppressions';
import { Diagnostic } from '../../server/src/analysis/schema';

function finding(text: string, word: string, code = 'spelling'): Diagnostic {
  const start = text.indexOf(word);
  return { code, severity: 'warning', message: 'm', start, end: start + word.length, text: word };
}

describe('in-text suppressions', () => {
  const text = 'Teh first line.\nTeh second line. inspection-lens-disable-line spelling\ninspection-lens-disable-next-line\nTeh third.\nTeh fourth.';
  const all = ['Teh first', 'Teh second', 'Teh third', 'Teh fourth'].map((w) => finding(text, w));

  it('silences the named code on its own line and every code on the next line', () => {
    const kept = applySuppressions(text, all).map((d) => d.text);
    assert.deepStrictEqual(kept, ['Teh first', 'Teh fourth']);
  });

  it('leaves other codes on a line silenced for one code', () => {
    const other = finding(text, 'Teh second', 'name-variant');
    assert.deepStrictEqual(applySuppressions(text, [other]), [other]);
  });

  it('silences a code for the whole file, and only that code', () => {
    const t = 'Teh one.\r\nTeh two.\r\ninspection-lens-disable-file spelling';
    const ds = [finding(t, 'Teh one'), finding(t, 'Teh two', 'title-variant')];
    assert.deepStrictEqual(applySuppressions(t, ds).map((d) => d.code), ['title-variant']);
  });

  it('does nothing without a directive', () => {
    assert.deepStrictEqual(applySuppressions('Teh.', [finding('Teh.', 'Teh')]).length, 1);
  });
});
