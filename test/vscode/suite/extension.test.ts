// The extension inside a real VS Code workbench (code-server or desktop): everything goes through VS Code's
// own commands, so this proves the client, the bundle, the document selector and the server together.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { analysed, diagnosticsWhere, extensionApi, hoverText, openSeed, positionOf, waitFor } from './helpers';

describe('Inspection Lens in VS Code', () => {
  it('activates on a plain-text article and reports its analysis', async () => {
    const editor = await openSeed('000');
    const api = await extensionApi();
    assert.strictEqual(api.client.state, State.Running, 'the language client is running');
    const state = await analysed(api, editor.document);
    assert.strictEqual(state.state, 'ready');
    assert.ok(state.people >= 2, `people found: ${state.people}`);
    assert.ok(state.ratings >= 1, `ratings found: ${state.ratings}`);
  });

  it('hover on "Mrs Westcott" names her role', async () => {
    const { document } = await openSeed('000');
    await analysed(await extensionApi(), document);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Mrs Westcott', 6));
    const text = hoverText(hovers);
    assert.match(text, /Westcott/);
    assert.match(text, /executive director of children's services/i);
  });

  it('the outline lists the Ratings and People groups', async () => {
    const { document } = await openSeed('000');
    await analysed(await extensionApi(), document);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Ratings') && names.includes('People'), `top-level symbols: ${names.join(', ')}`);
    const people = symbols.find((s) => s.name === 'People')!.children.map((c) => c.name);
    assert.ok(people.some((n) => /Westcott/.test(n)), `people: ${people.join(', ')}`);
    assert.ok(people.some((n) => /Newsam/.test(n)), `people: ${people.join(', ')}`);
    const ratings = symbols.find((s) => s.name === 'Ratings')!.children;
    assert.ok(ratings.length >= 1 && ratings.every((r) => /^(Outstanding|Good|Adequate|Requires improvement|Inadequate)/i.test(r.name)), `ratings: ${ratings.map((r) => r.name).join(', ')}`);
  });

  it('"Januray" has a diagnostic whose quick fix makes it "January"', async () => {
    const editor = await openSeed('000');
    const doc = editor.document;
    const isTypo = (d: vscode.Diagnostic) => doc.getText(d.range) === 'Januray';
    const diagnostics = await diagnosticsWhere(doc.uri, (ds) => ds.some(isTypo), 'a diagnostic on "Januray"');
    const typo = diagnostics.find(isTypo)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, typo.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && a.edit.get(doc.uri).some((e) => e.newText === 'January'));
    assert.ok(fix, `quick fixes offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applied');
    assert.strictEqual(doc.getText(typo.range), 'January');
    assert.match(doc.lineAt(typo.range.start.line).text, /took over from Mr Newsam in January 2013/);
    // The server re-analyses the edited text and the diagnostic goes away.
    await diagnosticsWhere(doc.uri, (ds) => !ds.some((d) => /Januray/.test(d.message) || doc.getText(d.range) === 'Januray'), 'the "Januray" diagnostic to clear');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('checks an untitled plain-text document too', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Ofsted rated the council inadequate in Januray 2015.\n' });
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => doc.getText(d.range) === 'Januray'), 'a diagnostic on "Januray" in an untitled document');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('"Inspection Lens: Restart Server" brings the server back and it answers again', async () => {
    const api = await extensionApi();
    const { document } = await openSeed('000');
    await vscode.commands.executeCommand('inspectionLens.restartServer');
    await waitFor(api.client.onDidChangeState, () => (api.client.state === State.Running ? true : undefined), 'the client to run again');
    await analysed(api, document);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Mrs Westcott', 6));
    assert.match(hoverText(hovers), /Westcott/);
  });
});
