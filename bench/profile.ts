// Samples the CPU during a few full analyses (node:inspector, the same profiler as --cpu-prof) and
// names the functions with the most self time, so the table says what limits the analysis.
import * as inspector from 'inspector';
import * as path from 'path';
import { ROOT } from './corpus';

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
}

/** The functions with the most self time while `work` runs; self time is divided by `runs`. */
export async function hotFunctions(work: () => void, runs = 1, top = 10): Promise<HotFunction[]> {
  const session = new inspector.Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
    await post(session, 'Profiler.start');
    work();
    const { profile } = await post<{ profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } }>(session, 'Profiler.stop');
    const totalMs = (profile.endTime - profile.startTime) / 1000;
    const perSample = totalMs / Math.max(1, profile.samples.length);
    const byFunction = new Map<string, HotFunction>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      if (!node.hitCount || functionName === '(idle)' || functionName === '(program)') continue;
      // Compiled paths point back at their sources; line numbers stay those of the compiled file.
      const file = url ? path.relative(ROOT, url.replace(/^file:\/\//, '')).replace(/^out\//, '').replace(/\.js$/, '.ts (js)') : '(native)';
      const key = `${functionName}@${file}:${lineNumber + 1}`;
      const entry = byFunction.get(key) ?? { name: functionName || '(anonymous)', where: `${file}:${lineNumber + 1}`, selfMs: 0, share: 0 };
      entry.selfMs += node.hitCount * perSample;
      byFunction.set(key, entry);
    }
    const all = [...byFunction.values()];
    const sampled = all.reduce((s, f) => s + f.selfMs, 0);
    return all
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((f) => ({ ...f, selfMs: f.selfMs / runs, share: sampled ? f.selfMs / sampled : 0 }));
  } finally {
    session.disconnect();
  }
}
