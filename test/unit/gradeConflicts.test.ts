import * as assert from 'assert';
import { findGradeConflicts } from '../../server/src/analysis/gradeConflicts';
import { prepareText } from '../../server/src/analysis/text';
import { facts, ratingAt } from './factsHelpers';

describe('gradeConflicts', () => {
  const t = 'In August 2011 Ofsted rated the services inadequate. The August 2011 inspection rated the services adequate. ' +
    'It hopes to be rated good. Fostering was rated outstanding.';
  it('flags one inspection given two awarded grades', () => {
    const f = facts({ ratings: [
      ratingAt(t, 'inadequate', { grade: 'inadequate', subject: 'the services', date: '2011-08', status: 'awarded' }),
      ratingAt(t, 'adequate.', { grade: 'adequate', subject: 'services', date: '2011-08', status: 'awarded' }),
      ratingAt(t, 'good', { grade: 'good', subject: 'services', date: '2011-08', status: 'aspiration' }),
      ratingAt(t, 'outstanding', { grade: 'outstanding', subject: 'fostering', date: '2011-08', status: 'awarded' }),
    ] });
    const ds = findGradeConflicts(prepareText(t), f);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.text]), [['grade-conflict', 'adequate.']]);
    assert.match(ds[0].message, /adequate.*inadequate/);
  });
});
