import * as assert from 'assert';
import { ArticleAnalysis, DateMention } from '../../server/src/analysis/schema';
import { findWorkspaceConflicts } from '../../server/src/workspace/crossDocument';
import { readSeed } from '../seeds';
import { dateAt } from './factsHelpers';

function analysis(file: string, dates: DateMention[]): ArticleAnalysis {
  return { file, articleDate: null, people: [], organisations: [], ratings: [], dates, diagnostics: [] };
}

describe('crossDocument', () => {
  it('reports the seeds’ improvement notice (May 2010 in 002, June 2010 in 000) on both files', () => {
    const a = readSeed('000');
    const b = readSeed('002');
    const conflicts = findWorkspaceConflicts([
      { file: 'file:///ws/000.txt', text: a, analysis: analysis('000.txt', [dateAt(a, 'June 2010', '2010-06'), dateAt(a, 'March 2010', '2010-03')]) },
      { file: 'file:///ws/002.txt', text: b, analysis: analysis('002.txt', [dateAt(b, 'May 2010', '2010-05'), dateAt(b, 'March this year', '2011-03')]) },
    ]);
    const ds000 = conflicts.get('file:///ws/000.txt')!;
    const ds002 = conflicts.get('file:///ws/002.txt')!;
    assert.deepStrictEqual(ds000.map((d) => [d.code, d.text]), [['cross-document-conflict', 'June 2010']]);
    assert.deepStrictEqual(ds002.map((d) => [d.code, d.text]), [['cross-document-conflict', 'May 2010']]);
    assert.strictEqual(ds000[0].related![0].file, 'file:///ws/002.txt');
    assert.strictEqual(b.slice(ds000[0].related![0].start, ds000[0].related![0].end), 'May 2010');
    assert.match(ds000[0].message, /“notice to improve … June 2010”.*“improvement notice … May 2010” in 002\.txt/);
    assert.strictEqual(a.slice(ds000[0].start, ds000[0].end), ds000[0].text);
  });

  it('does not compare different councils, or an article with itself', () => {
    const x = 'Barsetshire County Council was served with an improvement notice in May 2010.';
    const y = 'Wessex City Council received a notice to improve in June 2010.';
    const z = 'Barsetshire County Council received a notice to improve in May 2010.';
    const out = findWorkspaceConflicts([
      { file: 'x', text: x, analysis: analysis('x', [dateAt(x, 'May 2010', '2010-05')]) },
      { file: 'y', text: y, analysis: analysis('y', [dateAt(y, 'June 2010', '2010-06')]) },
      { file: 'z', text: z, analysis: analysis('z', [dateAt(z, 'May 2010', '2010-05')]) },
    ]);
    assert.strictEqual(out.size, 0);
  });

  it('takes a story\'s council from the place it keeps naming, not from a council named once as someone\'s employer', () => {
    const x = 'Children\'s services in Ondley are no longer inadequate, according to an Ofsted report published today. ' +
      'Inspectors found families in Ondley better served. Ondley\'s director, who joined from Rodenbury Council, said so. Staff in Ondley agree.';
    const y = 'Rodenbury Council\'s services for children have been judged outstanding by Ofsted, in a report published today.';
    const pair = (first: string) => findWorkspaceConflicts([
      { file: 'x', text: x, analysis: analysis('x', [dateAt(x, 'today', '2027-03-24')]) },
      { file: 'y', text: y, analysis: analysis('y', [dateAt(y, 'today', first)]) },
    ]);
    assert.strictEqual(pair('2027-05-11').size, 0);
    // the same story told of Rodenbury in both is still compared
    const z = y.replace('outstanding', 'good');
    const out = findWorkspaceConflicts([
      { file: 'z', text: z, analysis: analysis('z', [dateAt(z, 'today', '2027-03-24')]) },
      { file: 'y', text: y, analysis: analysis('y', [dateAt(y, 'today', '2027-05-11')]) },
    ]);
    assert.strictEqual(out.size, 2);
  });

  it('handles 2,000 articles about one council quickly, by index', () => {
    const list = [];
    for (let i = 0; i < 2000; i++) {
      const month = i % 2 ? 'May' : 'June';
      const t = `Barsetshire County Council was served with an improvement notice in ${month} 2010. ` + 'Filler sentence about services. '.repeat(100);
      list.push({ file: `f${i}`, text: t, analysis: analysis(`f${i}`, [dateAt(t, `${month} 2010`, month === 'May' ? '2010-05' : '2010-06')]) });
    }
    const t0 = Date.now();
    const out = findWorkspaceConflicts(list);
    assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
    assert.strictEqual(out.size, 2000);
    assert.ok(out.get('f0')![0].related!.length <= 3);
  });
});
