import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_OPTIONS } from '../../server/src/analysis/options';
import { DocumentCache } from '../../server/src/documentCache';

describe('DocumentCache: options', () => {
  const doc = TextDocument.create('file:///a.txt', 'plaintext', 1, 'Cllr Jane Smith said the Januray report was fair.');

  it('the same options again keep the analysis; different options make a new one', () => {
    const cache = new DocumentCache({ ...DEFAULT_OPTIONS }, () => undefined);
    const first = cache.get(doc);
    cache.setOptions({ ...DEFAULT_OPTIONS });
    assert.strictEqual(cache.get(doc), first, 'a settings refresh that changed nothing re-analyses nothing');
    cache.setOptions({ ...DEFAULT_OPTIONS, disabledCodes: ['spelling'] });
    const second = cache.get(doc);
    assert.notStrictEqual(second, first);
    assert.ok(!second.diagnostics.some((d) => d.code === 'spelling'));
  });
});
