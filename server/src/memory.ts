// When many articles have closed (a folder's worth, or the last one), their analyses are garbage all at
// once. Where the runtime lets the server ask for a full collection (node --expose-gc, as the protocol
// tests start it), it does so then, so that memory read afterwards is what is still in use; elsewhere
// this does nothing.

const collect = (globalThis as { gc?: () => void }).gc;
const MANY = 100;
let closedSince = 0;

export function collectAfterClosing(stillOpen: number): void {
  if (!collect) return;
  closedSince++;
  if (stillOpen > 0 && closedSince < MANY) return;
  closedSince = 0;
  collect();
}
