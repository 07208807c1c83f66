// Consistency checks within one article. Each check lives in its own module; this runs them all
// and keeps one finding per span and code.
import { findAgeReferences } from './ageReferences';
import { findAmountReferences } from './amountReferences';
import { findDateConflicts, findReversedSequences } from './dateConflicts';
import { checkDates } from './dateChecks';
import { findBackwardSpans } from './dateSpans';
import { findReportBeforeVisit } from './visitOrder';
import { findFigureConflicts } from './figureChecks';
import { findTotalConflicts } from './figureTotals';
import { findFuturePastTense } from './futureTense';
import { findGradeConflicts } from './gradeConflicts';
import { findGradeReferences } from './gradeReferences';
import { findInspectionDateConflicts } from './inspectionDates';
import { findNameVariants } from './nameVariants';
import { ArticleFacts } from './options';
import { findRoleConflicts } from './roleConflicts';
import { Diagnostic } from './schema';
import { ArticleText } from './text';
import { findTitleChanges } from './titleChange';
import { findTitleVariants } from './titleVariants';

export function checkConsistency(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const all = [
    ...findNameVariants(article, facts),
    ...findTitleVariants(article),
    ...findTitleChanges(article, facts),
    ...checkDates(article, facts.dates),
    ...findDateConflicts(article, facts),
    ...findInspectionDateConflicts(article, facts),
    ...findFuturePastTense(article, facts),
    ...findReversedSequences(article, facts),
    ...findBackwardSpans(article, facts.dates),
    ...findReportBeforeVisit(article, facts.dates),
    ...findFigureConflicts(article, facts.dates),
    ...findTotalConflicts(article),
    ...findAmountReferences(article),
    ...findAgeReferences(article),
    ...findRoleConflicts(article, facts),
    ...findGradeConflicts(article, facts),
    ...findGradeReferences(article, facts),
  ];
  const seen = new Set<string>();
  return all.filter((d) => {
    const k = `${d.code}:${d.start}:${d.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
