import { performance } from "node:perf_hooks";

/** Times of repeated runs of one benchmark case, in milliseconds. */
export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * Runs `action` once to warm caches, then `runs` times, and returns the
 * median, 95th percentile and maximum wall-clock times. `action` receives
 * the run number, so each run can pick a different parameter.
 */
export async function timeRuns(
  runs: number,
  action: (run: number) => Promise<unknown>,
): Promise<Timing> {
  await action(-1);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await action(run);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (fraction: number) =>
    times[Math.min(times.length - 1, Math.ceil(fraction * times.length) - 1)]!;
  return {
    runs,
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(times.at(-1)!),
  };
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 10) / 10;
}
