/**
 * Colour classes for the worker counts: at most three, cut at the widest gaps in the data
 * (optimal one-dimensional k-means, "natural breaks"), never at round numbers.
 *
 * Why: four regencies publish counts (3.986, 9.345, ~10.252, 14.880). A round break at 10.000
 * would paint 9.345 and 10.252 two classes apart although they differ by a tenth, while 3.986
 * and 9.345 would look closer than they are. Breaks in the gaps keep close values in one colour.
 * Every regency with a count also carries the number itself as a direct label, so the colour
 * only has to show order and grouping, not the value.
 *
 * The palette (src/map/palette.ts) has one single-hue five-step ramp (`seq-1` … `seq-5`); n classes use
 * steps spread across it (three classes: 1, 3, 5), so they stay far apart in lightness — safe
 * for every form of colour-blindness and in greyscale.
 */
import { formatNumber, type Lang } from '../lib/format.ts';
import { RAMP } from './palette.ts';

export const RAMP_STEPS = RAMP.length;
export const MAX_CLASSES = 3;

export interface WorkerClass {
  /** CSS class, `jm-seq-1` … `jm-seq-5`. */
  className: string;
  /** Legend label: the range of the counts in the class, e.g. "9.345–10.252", or one count. */
  label: string;
}

export interface WorkerClasses {
  /** Lower bounds of the classes after the first (a count ≥ breaks[i] is in class i + 1). */
  breaks: number[];
  classes: WorkerClass[];
  /** The class of a count. */
  classOf: (workers: number) => WorkerClass;
}

/**
 * Optimal grouping of sorted values into k contiguous groups minimising the within-group sum of
 * squares (Fisher/Jenks by dynamic programming; the inputs are a handful of regencies, so the
 * O(k·n²) table is tiny). Returns the index where each group after the first starts.
 */
export function naturalBreakIndexes(sorted: readonly number[], k: number): number[] {
  const n = sorted.length;
  if (k <= 1 || n <= 1) return [];
  if (k >= n) return sorted.map((_, i) => i).slice(1);
  const prefix = [0];
  const prefix2 = [0];
  for (const v of sorted) {
    prefix.push(prefix.at(-1)! + v);
    prefix2.push(prefix2.at(-1)! + v * v);
  }
  const cost = (i: number, j: number): number => {
    const s = prefix[j]! - prefix[i]!;
    return prefix2[j]! - prefix2[i]! - (s * s) / (j - i);
  };
  // best[c][j]: cost of splitting sorted[0..j) into c + 1 groups; from[c][j]: where the last starts.
  const best: number[][] = [Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 0 : cost(0, j)))];
  const from: number[][] = [Array.from({ length: n + 1 }, () => 0)];
  for (let c = 1; c < k; c++) {
    best.push([]);
    from.push([]);
    for (let j = 0; j <= n; j++) {
      let bestCost = Infinity;
      let bestStart = c;
      for (let i = c; i < j; i++) {
        const total = best[c - 1]![i]! + cost(i, j);
        if (total < bestCost) {
          bestCost = total;
          bestStart = i;
        }
      }
      best[c]![j] = bestCost;
      from[c]![j] = bestStart;
    }
  }
  const starts: number[] = [];
  let j = n;
  for (let c = k - 1; c >= 1; c--) {
    const i = from[c]![j]!;
    starts.unshift(i);
    j = i;
  }
  return starts;
}

/** Lower bounds of the classes after the first: the smallest count of each later group. */
export function workerBreaks(values: readonly number[]): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const k = Math.min(MAX_CLASSES, distinct.length);
  return naturalBreakIndexes(distinct, k).map((i) => distinct[i]!);
}

export function workerClasses(values: readonly number[], lang: Lang): WorkerClasses {
  if (values.length === 0) return { breaks: [], classes: [], classOf: () => ({ className: '', label: '' }) };
  const breaks = workerBreaks(values);
  const n = breaks.length + 1;
  const fmt = (v: number): string => formatNumber(v, lang);
  const sorted = [...values].sort((a, b) => a - b);
  const indexOf = (workers: number): number => breaks.filter((b) => workers >= b).length;
  const classes = Array.from({ length: n }, (_, i): WorkerClass => {
    const step = n === 1 ? RAMP_STEPS : Math.round((i * (RAMP_STEPS - 1)) / (n - 1)) + 1;
    const members = sorted.filter((v) => indexOf(v) === i);
    const lo = members[0] ?? 0;
    const hi = members.at(-1) ?? lo;
    return { className: `jm-seq-${step}`, label: lo === hi ? fmt(lo) : `${fmt(lo)}–${fmt(hi)}` };
  });
  const classOf = (workers: number): WorkerClass => classes[indexOf(workers)] ?? classes[classes.length - 1]!;
  return { breaks, classes, classOf };
}
