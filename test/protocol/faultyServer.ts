// The real language server (server/src/main.ts) with one fault injected from outside: the analysis
// throws on a document containing FAULT:THROW and leaves a rejected promise unhandled on one
// containing FAULT:REJECT. The analysis code itself is untouched; only its export is wrapped.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const analyze = require('../../server/src/analysis/analyze') as { analyzeArticle: (text: string, ...rest: unknown[]) => unknown };

const real = analyze.analyzeArticle;
analyze.analyzeArticle = (text: string, ...rest: unknown[]) => {
  if (text.includes('FAULT:THROW')) throw new Error('deliberate failure inside the analysis');
  if (text.includes('FAULT:REJECT')) void Promise.reject(new Error('deliberate unhandled rejection'));
  return real(text, ...rest);
};

require('../../server/src/main');
