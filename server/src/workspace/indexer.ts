// Background indexing of the workspace's .txt articles, so references, rename, workspace symbols, the
// timeline and cross-article checks see articles that are not open. Work is cut into slices of a few
// milliseconds that yield to the event loop, so hovers and edits are answered between slices. Only
// files inside the workspace folders are read (symbolic links are not followed); binary files and
// files over MAX_INDEXED_BYTES are skipped. Open documents are the editor's business, never re-read.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { ArticleAnalysis } from '../analysis/schema';

export const MAX_INDEXED_BYTES = 1_000_000;
const SLICE_MS = 15;

export interface IndexerHost {
  folders(): string[];
  isOpen(uri: string): boolean;
  analyse(uri: string, text: string): ArticleAnalysis;
  store(uri: string, text: string, analysis: ArticleAnalysis): void;
  remove(uri: string): void;
  /** Progress for one pass; report(done, total). */
  progress(total: number): Promise<{ report(done: number, total: number): void; done(): void }>;
  /** After a pass or a change: refresh cross-article findings. */
  indexed(summary: { files: number; skipped: number }): void;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The text of an article file, or null for one to skip (missing, too large, binary). */
export function readIndexable(file: string): string | null {
  try {
    const st = fs.lstatSync(file);
    if (!st.isFile() || st.size > MAX_INDEXED_BYTES) return null;
    const bytes = fs.readFileSync(file);
    if (bytes.includes(0)) return null;
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}

function listArticles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) out.push(full);
    }
  };
  walk(folder);
  return out;
}

export class WorkspaceIndexer {
  private generation = 0;
  private enabled = true;
  private readonly indexedUris = new Set<string>();

  constructor(private readonly host: IndexerHost) {}

  private folderPaths(): string[] {
    return this.host.folders().map((f) => fileURLToPath(f));
  }

  /** The file path of `uri` if it is a .txt file inside a workspace folder, else null. */
  private pathIfIndexable(uri: string): string | null {
    if (!uri.startsWith('file:') || !uri.toLowerCase().endsWith('.txt')) return null;
    const file = fileURLToPath(uri);
    for (const folder of this.folderPaths()) {
      if (!isInside(file, folder)) continue;
      if (path.relative(folder, file).split(path.sep).some((part) => part.startsWith('.'))) return null;
      // A path through a symbolic link could lead outside the folder: compare the real paths.
      try {
        if (fs.existsSync(file) && !isInside(fs.realpathSync(file), fs.realpathSync(folder))) return null;
      } catch {
        return null;
      }
      return file;
    }
    return null;
  }

  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    if (enabled) void this.indexAll();
    else {
      this.generation++;
      for (const uri of this.indexedUris) if (!this.host.isOpen(uri)) this.host.remove(uri);
      this.indexedUris.clear();
      this.host.indexed({ files: 0, skipped: 0 });
    }
  }

  /** One pass over every folder; a newer pass cancels an older one. */
  async indexAll(): Promise<void> {
    if (!this.enabled) return;
    const generation = ++this.generation;
    const files = this.folderPaths().flatMap(listArticles);
    const progress = await this.host.progress(files.length);
    let skipped = 0;
    let sliceStart = Date.now();
    try {
      for (let i = 0; i < files.length; i++) {
        if (generation !== this.generation) return;
        if (!this.indexFile(pathToFileURL(files[i]).toString(), files[i])) skipped++;
        if (Date.now() - sliceStart >= SLICE_MS) {
          progress.report(i + 1, files.length);
          await yieldToEventLoop();
          sliceStart = Date.now();
        }
      }
    } finally {
      progress.done();
    }
    if (generation === this.generation) this.host.indexed({ files: files.length - skipped, skipped });
  }

  private indexFile(uri: string, file: string): boolean {
    if (this.host.isOpen(uri)) return true;
    const text = readIndexable(file);
    if (text === null) {
      this.forget(uri);
      return false;
    }
    this.host.store(uri, text, this.host.analyse(uri, text));
    this.indexedUris.add(uri);
    return true;
  }

  private forget(uri: string): void {
    if (this.indexedUris.delete(uri) && !this.host.isOpen(uri)) this.host.remove(uri);
  }

  /** Files created, changed or deleted on disk (LSP FileChangeType: 1, 2, 3). */
  filesChanged(changes: { uri: string; type: number }[]): void {
    if (!this.enabled) return;
    let touched = false;
    for (const c of changes) {
      const file = this.pathIfIndexable(c.uri);
      if (!file) continue;
      touched = true;
      if (c.type === 3) this.forget(c.uri);
      else this.indexFile(c.uri, file);
    }
    if (touched) this.host.indexed({ files: this.indexedUris.size, skipped: 0 });
  }

  /** A document was closed: its text on disk becomes the indexed version again. */
  closed(uri: string): void {
    if (!this.enabled) return;
    const file = this.pathIfIndexable(uri);
    if (file) {
      this.indexFile(uri, file);
      this.host.indexed({ files: this.indexedUris.size, skipped: 0 });
    }
  }
}
