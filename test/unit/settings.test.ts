import * as assert from 'assert';
import { DEFAULT_SETTINGS, parseSettings, toAnalysisOptions } from '../../server/src/settings';

describe('settings', () => {
  it('gives the defaults for nothing at all', () => {
    const { settings, problems } = parseSettings(undefined);
    assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
    assert.deepStrictEqual(problems, []);
  });

  it('keeps valid values and replaces only the invalid one, saying which and why', () => {
    const { settings, problems } = parseSettings({ spelling: { enabled: 'yes', words: ['Liquidlogic'] }, maxCheckedLength: 5000 });
    assert.deepStrictEqual(settings.spelling, DEFAULT_SETTINGS.spelling);
    assert.strictEqual(settings.maxCheckedLength, 5000);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0], /^inspectionLens\.spelling\.enabled: .*using the default\.$/);
  });

  it('rejects an unknown severity name', () => {
    const { settings, problems } = parseSettings({ diagnostics: { severity: { spelling: 'loud' } } });
    assert.deepStrictEqual(settings.diagnostics, DEFAULT_SETTINGS.diagnostics);
    assert.match(problems[0], /inspectionLens\.diagnostics\.severity\.spelling/);
  });

  it('reports a settings value that is not an object', () => {
    const { settings, problems } = parseSettings(42);
    assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
    assert.strictEqual(problems.length, 1);
  });

  it('turns settings into analysis options, adding the workspace word list', () => {
    const { settings } = parseSettings({ spelling: { words: ['Ofsted'] }, diagnostics: { disabled: ['figure-conflict'] } });
    const o = toAnalysisOptions(settings, ['Liquidlogic']);
    assert.deepStrictEqual(o.words, ['Ofsted', 'Liquidlogic']);
    assert.deepStrictEqual(o.disabledCodes, ['figure-conflict']);
  });
});
