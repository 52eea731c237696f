import type { CheckResult } from './dataset-schema.ts';
import type { Check, Figure } from './schema.ts';

/**
 * Runs the editors' declared checks (data/checks.csv) against the published
 * figures. A check never changes a figure: it records whether the report's own
 * numbers agree, within the report's own approximation, and shows the arithmetic.
 */

/** Relative slack granted when a report itself says "sekitar" (about). */
export const APPROXIMATE_TOLERANCE = 0.05;

/**
 * Half the unit of the last significant digit: "Rp 250 juta" is only precise to
 * the ten million, 10.252 to the unit.
 */
export function roundingTolerance(value: number): number {
  if (value === 0) return 0;
  if (!Number.isInteger(value)) {
    const decimals = (String(value).split('.')[1] ?? '').length;
    return 10 ** -decimals / 2;
  }
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit / 2;
}

export function toleranceFor(f: Figure): number {
  const rounding = roundingTolerance(f.value);
  return f.qualifier === 'sekitar' ? Math.max(rounding, Math.abs(f.value) * APPROXIMATE_TOLERANCE) : rounding;
}

export function runChecks(checks: readonly Check[], figures: readonly Figure[]): CheckResult[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return checks.map((check) => {
    const target = byId.get(check.target);
    if (!target) throw new Error(`check ${check.id}: unknown figure ${check.target}`);
    const inputs: CheckResult['inputs'] = check.inputs.map((input) => {
      const f = byId.get(input);
      return f ? { figure: f.id, value: f.value } : { figure: null, value: Number(input) };
    });
    const values = inputs.map((i) => i.value);
    let computed: number;
    switch (check.kind) {
      case 'jumlah':
        computed = values.reduce((a, b) => a + b, 0);
        break;
      case 'kali':
        computed = values.reduce((a, b) => a * b, 1);
        break;
      case 'persentase':
        computed = ((values[0] ?? NaN) / (values[1] ?? NaN)) * 100;
        break;
      case 'lebih-besar':
        computed = values[0] ?? NaN;
        break;
    }
    const tolerance = check.kind === 'lebih-besar' ? 0 : toleranceFor(target);
    const agrees =
      check.kind === 'lebih-besar' ? target.value > computed : Math.abs(target.value - computed) <= tolerance;
    const sources = [...new Set([target.source, ...inputs.flatMap((i) => (i.figure ? [byId.get(i.figure)!.source] : []))])];
    return {
      id: check.id,
      kind: check.kind,
      target: target.id,
      targetValue: target.value,
      inputs,
      computed,
      tolerance,
      agrees,
      label_id: check.label_id,
      label_en: check.label_en,
      regency: target.regency,
      sources,
    };
  });
}
