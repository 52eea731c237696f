import { describe, expect, it } from 'vitest';
import { workerBreaks, workerClasses } from '@/map/worker-classes.ts';

const counts = [14880, 10252, 9345, 3986];

describe('workerClasses', () => {
  it('uses round breaks and spreads three classes over the five-step ramp', () => {
    expect(workerBreaks(counts)).toEqual([5000, 10000]);
    const { classes, classOf } = workerClasses(counts, 'id');
    expect(classes).toEqual([
      { className: 'jm-seq-1', label: '< 5.000' },
      { className: 'jm-seq-3', label: '5.000–9.999' },
      { className: 'jm-seq-5', label: '≥ 10.000' },
    ]);
    expect(counts.map((c) => classOf(c).className)).toEqual(['jm-seq-5', 'jm-seq-5', 'jm-seq-3', 'jm-seq-1']);
    expect(classOf(5000).className).toBe('jm-seq-3');
  });

  it('formats legend numbers for English readers', () => {
    expect(workerClasses(counts, 'en').classes.map((c) => c.label)).toEqual(['< 5,000', '5,000–9,999', '≥ 10,000']);
  });

  it('has no classes when nothing is published', () => {
    expect(workerClasses([], 'id').classes).toEqual([]);
  });
});
