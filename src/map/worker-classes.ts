/**
 * Sequential classes for the worker counts. With a handful of values a continuous ramp would
 * suggest a precision the data lacks; round-number class breaks (5.000, 10.000…) read at a
 * glance and stay stable when one figure is revised.
 *
 * The CSS defines one five-step ramp (`--jm-seq-1` … `--jm-seq-5`, light to strong). A map with
 * n classes uses n steps spread across it, so three classes get steps 1, 3 and 5 and stay far
 * apart in lightness (safe for colour-blind readers, since it is a single-hue ramp).
 */
import { ticks } from 'd3-array';
import { formatNumber, type Lang } from '@/lib/format.ts';

export const RAMP_STEPS = 5;

export interface WorkerClass {
  /** CSS class, `jm-seq-1` … `jm-seq-5`. */
  className: string;
  /** Legend label, e.g. "5.000–9.999", "≥ 10.000". */
  label: string;
}

export interface WorkerClasses {
  /** Upper-exclusive breaks between classes, e.g. [5000, 10000]. */
  breaks: number[];
  classes: WorkerClass[];
  /** The class of a count. */
  classOf: (workers: number) => WorkerClass;
}

/** Round breaks for the given counts: d3's "nice" ticks between 0 and the maximum, at most 4 classes. */
export function workerBreaks(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  if (max === 0) return [];
  for (const count of [3, 2, 1]) {
    const breaks = ticks(0, max, count).filter((t) => t > 0 && t <= max);
    if (breaks.length <= 3) return breaks;
  }
  return [];
}

export function workerClasses(values: readonly number[], lang: Lang): WorkerClasses {
  if (values.length === 0) return { breaks: [], classes: [], classOf: () => ({ className: '', label: '' }) };
  const breaks = workerBreaks(values);
  const n = breaks.length + 1;
  const fmt = (v: number): string => formatNumber(v, lang);
  const classes = Array.from({ length: n }, (_, i): WorkerClass => {
    const step = n === 1 ? RAMP_STEPS : Math.round((i * (RAMP_STEPS - 1)) / (n - 1)) + 1;
    const lo = breaks[i - 1];
    const hi = breaks[i];
    const label =
      lo === undefined && hi !== undefined ? `< ${fmt(hi)}` :
      lo !== undefined && hi !== undefined ? `${fmt(lo)}–${fmt(hi - 1)}` :
      lo !== undefined ? `≥ ${fmt(lo)}` : fmt(values[0] ?? 0);
    return { className: `jm-seq-${step}`, label };
  });
  const classOf = (workers: number): WorkerClass => {
    const i = breaks.filter((b) => workers >= b).length;
    return classes[i] ?? classes[classes.length - 1] ?? { className: '', label: '' };
  };
  return { breaks, classes, classOf };
}
