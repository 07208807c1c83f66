// One analysis per document version: every request for the same version reads the same result.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle, ShardMemo } from './analysis/analyze';
import { AnalysisOptions } from './analysis/options';
import { ArticleAnalysis } from './analysis/schema';

interface Entry {
  version: number;
  optionsKey: number;
  analysis: ArticleAnalysis;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly memos = new Map<string, ShardMemo>();
  private optionsKey = 0;

  constructor(
    private options: AnalysisOptions,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  setOptions(options: AnalysisOptions): void {
    this.options = options;
    this.memos.clear();
    this.optionsKey++;
  }

  /** The analysis of this exact version, computed now if not cached. Never throws. */
  get(doc: TextDocument): ArticleAnalysis {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.optionsKey === this.optionsKey) return hit.analysis;
    let analysis: ArticleAnalysis;
    try {
      let memo = this.memos.get(doc.uri);
      if (!memo) this.memos.set(doc.uri, (memo = new Map()));
      analysis = analyzeArticle(doc.getText(), doc.uri, this.options, memo);
    } catch (error) {
      // One bad document must not take the others down: it gets an empty analysis and a log line.
      this.onError(doc.uri, error);
      analysis = { file: doc.uri, articleDate: null, people: [], organisations: [], ratings: [], dates: [], diagnostics: [] };
    }
    this.entries.set(doc.uri, { version: doc.version, optionsKey: this.optionsKey, analysis });
    return analysis;
  }

  peek(uri: string): ArticleAnalysis | undefined {
    return this.entries.get(uri)?.analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.memos.delete(uri);
  }
}
