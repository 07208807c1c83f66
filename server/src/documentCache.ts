// One analysis per document version: every request for the same version reads the same result.
// Position requests (hover, outline, navigation) ask only for the facts, so they never wait for the
// spelling and consistency checks; diagnostics ask for everything and reuse those facts.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle, ShardMemo } from './analysis/analyze';
import { AnalysisOptions } from './analysis/options';
import { ArticleAnalysis } from './analysis/schema';

interface Entry {
  version: number;
  optionsKey: number;
  analysis: ArticleAnalysis;
  /** false while only the facts are known and `diagnostics` is still empty. */
  checked: boolean;
}

const EMPTY = (file: string): ArticleAnalysis => ({ file, articleDate: null, people: [], organisations: [], ratings: [], dates: [], diagnostics: [] });

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly memos = new Map<string, ShardMemo>();
  private optionsKey = 0;
  private optionsJson = '';

  constructor(
    private options: AnalysisOptions,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {
    this.optionsJson = JSON.stringify(options);
  }

  /** New options; the same options again (a settings refresh that changed nothing) keep every analysis and memo. */
  setOptions(options: AnalysisOptions): void {
    const json = JSON.stringify(options);
    if (json === this.optionsJson) return;
    this.optionsJson = json;
    this.options = options;
    this.memos.clear();
    this.optionsKey++;
  }

  /** The full analysis (facts and diagnostics) of this exact version. Never throws. */
  get(doc: TextDocument): ArticleAnalysis {
    return this.analyse(doc, true);
  }

  /** People, organisations, dates and ratings of this exact version; diagnostics may be empty. */
  facts(doc: TextDocument): ArticleAnalysis {
    return this.analyse(doc, false);
  }

  private analyse(doc: TextDocument, checked: boolean): ArticleAnalysis {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.optionsKey === this.optionsKey && (hit.checked || !checked)) return hit.analysis;
    let analysis: ArticleAnalysis;
    try {
      let memo = this.memos.get(doc.uri);
      if (!memo) this.memos.set(doc.uri, (memo = new Map()));
      analysis = analyzeArticle(doc.getText(), doc.uri, this.options, memo, checked);
    } catch (error) {
      // One bad document must not take the others down: it gets an empty analysis and a log line.
      this.onError(doc.uri, error);
      analysis = EMPTY(doc.uri);
    }
    this.entries.set(doc.uri, { version: doc.version, optionsKey: this.optionsKey, analysis, checked });
    return analysis;
  }

  /** The last full analysis, whatever its version (for republishing cross-document findings). */
  peek(uri: string): ArticleAnalysis | undefined {
    const e = this.entries.get(uri);
    return e?.checked ? e.analysis : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.memos.delete(uri);
  }
}
