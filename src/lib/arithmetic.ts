import type { CheckResult, DerivedFigure } from './dataset-schema.ts';
import { formatNumber, formatValue, type Lang } from './format.ts';
import { messages } from './i18n.ts';
import type { Figure } from './schema.ts';

/**
 * The arithmetic behind a derived figure or a consistency check, written out
 * so a reader can redo it: "9.731 + 1.521 = 11.252 ≠ 10.252".
 */
const OP: Record<CheckResult['kind'], string> = { jumlah: ' + ', kali: ' × ', persentase: ' ÷ ', 'lebih-besar': '' };

function plain(value: number, lang: Lang): string {
  return formatNumber(value, lang, 2);
}

export function checkArithmetic(result: CheckResult, figures: ReadonlyMap<string, Figure>, lang: Lang): string {
  const target = figures.get(result.target);
  const unit = target?.unit ?? '';
  const shown = (v: number) => (unit === 'persen' ? `${plain(v, lang)}%` : plain(v, lang));
  const approx = target?.qualifier === 'sekitar' ? `${messages(lang).approx} ` : '';
  if (result.kind === 'lebih-besar') {
    const sign = result.agrees ? '>' : '≤';
    return `${shown(result.targetValue)} ${sign} ${shown(result.computed)}`;
  }
  const left = result.inputs.map((i) => plain(i.value, lang)).join(OP[result.kind]);
  const lhs = result.kind === 'persentase' ? `${left} × 100` : left;
  const sign = result.agrees ? (result.computed === result.targetValue ? '=' : '≈') : '≠';
  return `${lhs} = ${shown(result.computed)} ${sign} ${approx}${shown(result.targetValue)}`;
}

export function derivedArithmetic(d: DerivedFigure, lang: Lang): string {
  const terms = d.terms.map((t) => plain(t.value, lang));
  const result = formatValue(d.value, d.unit, lang);
  switch (d.operation) {
    case 'sum':
      return `${terms.join(' + ')} = ${result}`;
    case 'divide':
      return `${terms.join(' ÷ ')} = ${result}`;
    case 'share':
      return `${terms.join(' ÷ ')} × 100 = ${result}`;
  }
}
