// The inspection-article TextMate grammar, tokenised by the editor's own TextMate engine
// (vscode-textmate and vscode-oniguruma from VS Code's application folder), so the colours a user sees
// are the ones tested. Skipped, with the reason, if this VS Code build does not expose the engine.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

type Token = { text: string; scopes: string[] };
let tokenize: ((line: string) => Token[]) | undefined;
let unavailable = '';

function engineModule(name: string): any {
  for (const dir of ['node_modules', 'node_modules.asar']) {
    const p = path.join(vscode.env.appRoot, dir, name);
    if (fs.existsSync(p)) return require(p);
  }
  throw new Error(`${name} is not in ${vscode.env.appRoot}`);
}

describe('the inspection-article grammar', () => {
  before(async function () {
    try {
      const tm = engineModule('vscode-textmate');
      const onig = engineModule('vscode-oniguruma');
      const wasm = fs.readFileSync(path.join(path.dirname(require.resolve(path.join(vscode.env.appRoot, 'node_modules', 'vscode-oniguruma'))), 'onig.wasm'));
      await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
      const grammarPath = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'syntaxes', 'inspection-article.tmLanguage.json');
      const registry = new tm.Registry({
        onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new onig.OnigScanner(s), createOnigString: (s: string) => new onig.OnigString(s) }),
        loadGrammar: async () => tm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath),
      });
      const grammar = await registry.loadGrammar('text.inspection-article');
      tokenize = (line) => grammar.tokenizeLine(line, tm.INITIAL).tokens.map((t: any) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    } catch (e) {
      unavailable = String(e);
    }
  });

  /** The scopes of every token overlapping the first occurrence of `text` in `line`. */
  function scopesOf(line: string, text: string): string {
    const start = line.indexOf(text);
    assert.ok(start >= 0 && tokenize, `"${text}" in "${line}"`);
    let at = 0;
    const out: string[] = [];
    for (const t of tokenize(line)) {
      if (at < start + text.length && at + t.text.length > start) out.push(t.scopes.join(' '));
      at += t.text.length;
    }
    return out.join(' | ');
  }

  beforeEach(function () {
    if (!tokenize) {
      console.log(`SKIPPED grammar test: no TextMate engine in this build (${unavailable})`);
      this.skip();
    }
  });

  it('colours a grade in rating context, the date and a titled name', () => {
    const line = 'In March 2015 Ofsted rated the service “inadequate”, Cllr Sheila Scott said.';
    assert.match(scopesOf(line, 'inadequate'), /constant\.language\.grade/);
    assert.match(scopesOf(line, 'March 2015'), /constant\.numeric\.date/);
    assert.match(scopesOf(line, 'Cllr'), /support\.type\.title/);
    assert.match(scopesOf(line, 'Sheila Scott'), /variable\.other\.person/);
  });

  it('leaves grade words alone outside rating context', () => {
    const line = 'The good news is that outstanding invoices were paid.';
    assert.doesNotMatch(scopesOf(line, 'good'), /grade/);
    assert.doesNotMatch(scopesOf(line, 'outstanding'), /grade/);
  });

  it('marks quotations, and a grade rating inside one', () => {
    const line = 'Mrs Westcott said: “We are rated good now and want to be outstanding.”';
    assert.match(scopesOf(line, 'want to be'), /string\.quoted\.double/);
    assert.match(scopesOf(line, 'good'), /constant\.language\.grade/);
    assert.match(scopesOf(line, 'Westcott'), /variable\.other\.person/);
  });

  it('ends an unclosed straight quotation at the end of its line', () => {
    if (!tokenize) return;
    const tokens = tokenize('He said "we will improve');
    assert.ok(tokens.some((t) => t.scopes.some((s) => s.startsWith('string.quoted'))));
    const next = tokenize('Ofsted visited in May.');
    assert.ok(!next.some((t) => t.scopes.some((s) => s.startsWith('string.quoted'))), 'each line is tokenised afresh');
  });
});
