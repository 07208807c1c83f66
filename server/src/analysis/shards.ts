// Long documents are analysed in shards of whole lines, cut where the content says (not at fixed
// offsets), so an edit changes one shard and the cuts after it fall where they fell before:
// re-analysis after a keystroke then touches only the shard that changed.
export interface Shard {
  start: number;
  end: number;
}

export const MIN_SHARD = 16 * 1024;
export const MAX_SHARD = 64 * 1024;

// FNV-1a over one line: a cheap, content-only choice of where shards may end.
function lineHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// A plain scan: two indexOf calls would each run to the end of the text when one kind of break is
// absent. Without any "\r" (`newlinesOnly`, the common case) indexOf finds "\n" several times faster.
function nextBreak(text: string, from: number, newlinesOnly: boolean): number {
  if (newlinesOnly) return text.indexOf('\n', from);
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/** Splits `text` into consecutive shards covering it exactly; a text up to MAX_SHARD is one shard. */
export function splitShards(text: string): Shard[] {
  if (text.length <= MAX_SHARD) return [{ start: 0, end: text.length }];
  const shards: Shard[] = [];
  const newlinesOnly = text.indexOf('\r') < 0;
  let start = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const br = nextBreak(text, lineStart, newlinesOnly);
    const lineEnd = br < 0 ? text.length : br;
    let after = br < 0 ? text.length : text.startsWith('\r\n', br) ? br + 2 : br + 1;
    const size = after - start;
    if (size >= MAX_SHARD && lineEnd - lineStart > MAX_SHARD) {
      // One enormous line: cut it at white space so no shard is unbounded.
      const cut = text.lastIndexOf(' ', start + MAX_SHARD);
      after = cut > start ? cut + 1 : start + MAX_SHARD;
      shards.push({ start, end: after });
      start = lineStart = after;
      continue;
    }
    const blank = lineEnd === lineStart;
    if ((size >= MIN_SHARD && (blank || lineHash(text, lineStart, lineEnd) % 4 === 0)) || size >= MAX_SHARD) {
      shards.push({ start, end: after });
      start = after;
    }
    lineStart = after;
  }
  if (start < text.length) shards.push({ start, end: text.length });
  return shards;
}
