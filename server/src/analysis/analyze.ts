// The whole analysis of one article: text in, one ArticleAnalysis out.
import { findArticleDate } from './articleDate';
import { checkConsistency } from './consistency';
import { extractDates } from './dates';
import { checkInput } from './input';
import { AnalysisOptions, DEFAULT_OPTIONS } from './options';
import { extractOrganisations } from './organisations';
import { extractPeople } from './people';
import { extractRatings } from './ratings';
import { ArticleAnalysis, Diagnostic } from './schema';
import { checkSpelling } from './spelling';
import { applySuppressions } from './suppressions';
import { prepareText } from './text';

export function analyzeArticle(
  text: string,
  file = '',
  options: AnalysisOptions = DEFAULT_OPTIONS,
): ArticleAnalysis {
  const refusal = checkInput(text);
  if (refusal) {
    return { file, articleDate: null, people: [], organisations: [], ratings: [], dates: [], diagnostics: [refusal] };
  }
  const article = prepareText(text);
  const articleDate = findArticleDate(article);
  const people = extractPeople(article);
  const organisations = extractOrganisations(article, people);
  const dates = extractDates(article, articleDate);
  const ratings = extractRatings(article, dates);

  const diagnostics: Diagnostic[] = [];
  if (text.length <= options.maxCheckedLength) {
    if (options.spelling) diagnostics.push(...checkSpelling(article, { people, organisations }, options));
    diagnostics.push(...checkConsistency(article, { articleDate, people, organisations, dates, ratings }));
  } else {
    diagnostics.push({
      code: 'too-large-to-check',
      severity: 'information',
      message: `This article is ${text.length.toLocaleString('en-GB')} characters long; spelling and consistency checks stop above ${options.maxCheckedLength.toLocaleString('en-GB')} (setting inspectionLens.maxCheckedLength).`,
      start: 0,
      end: 0,
      text: '',
    });
  }
  return {
    file,
    articleDate: articleDate ? articleDate.date : null,
    people,
    organisations,
    ratings,
    dates,
    diagnostics: finishDiagnostics(text, diagnostics, options),
  };
}

function finishDiagnostics(text: string, diagnostics: Diagnostic[], options: AnalysisOptions): Diagnostic[] {
  const disabled = new Set(options.disabledCodes);
  return applySuppressions(text, diagnostics)
    .filter((d) => !disabled.has(d.code))
    .map((d) => (options.severities[d.code] ? { ...d, severity: options.severities[d.code] } : d))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
