import { describe, expect, it } from 'vitest';
import { naturalBreakIndexes, workerBreaks, workerClasses } from '@/map/worker-classes.ts';

const counts = [14880, 10252, 9345, 3986];

describe('workerClasses', () => {
  it('cuts at the widest gaps, so 9.345 and ~10.252 share a colour', () => {
    expect(workerBreaks(counts)).toEqual([9345, 14880]);
    const { classes, classOf } = workerClasses(counts, 'id');
    expect(classes).toEqual([
      { className: 'jm-seq-1', label: '3.986' },
      { className: 'jm-seq-3', label: '9.345–10.252' },
      { className: 'jm-seq-5', label: '14.880' },
    ]);
    expect(counts.map((c) => classOf(c).className)).toEqual(['jm-seq-5', 'jm-seq-3', 'jm-seq-3', 'jm-seq-1']);
  });

  it('never separates two close values while a wider gap is left uncut', () => {
    expect(naturalBreakIndexes([1, 2, 10, 11, 30], 3)).toEqual([2, 4]);
    expect(naturalBreakIndexes([1, 2, 3], 1)).toEqual([]);
    expect(workerBreaks([5, 5, 5])).toEqual([]);
  });

  it('formats legend numbers for English readers', () => {
    expect(workerClasses(counts, 'en').classes.map((c) => c.label)).toEqual(['3,986', '9,345–10,252', '14,880']);
  });

  it('has no classes when nothing is published', () => {
    expect(workerClasses([], 'id').classes).toEqual([]);
  });
});
