import type { CheckResult, DerivedFigure, DerivedTerm } from './dataset-schema.ts';
import { roundSignificant } from './derive.ts';
import { formatNumber, formatPercent, formatRupiah, formatValue, qualifierWord, type Lang } from './format.ts';
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

function termText(t: DerivedTerm, unit: string, lang: Lang): string {
  const show = (v: number) => (unit === 'rupiah' && t.figure !== null ? formatRupiah(v, lang) : plain(v, lang));
  const word = t.qualifier === 'sekitar' && t.low === null ? qualifierWord('sekitar', lang) : '';
  const range = t.low !== null && t.high !== null ? ` (${show(t.low)}–${show(t.high)})` : '';
  return `${word}${show(t.value)}${range}`;
}

/** A derived value as a reader should see it: a range where its inputs allow one, rounded to its precision. */
export function formatDerived(d: DerivedFigure, lang: Lang): string {
  const round = (v: number) => (d.significant === null ? v : roundSignificant(v, d.significant));
  if (d.low !== null && d.high !== null) {
    const word = d.significant !== null ? qualifierWord('sekitar', lang) : '';
    const low = round(d.low);
    const high = round(d.high);
    if (d.unit === 'persen') return `${word}${formatNumber(low, lang, 1)}–${formatPercent(high, lang)}`;
    if (d.unit === 'rupiah') return `${word}${formatRupiah(low, lang)}–${formatRupiah(high, lang).replace(/^Rp/, '')}`;
    return `${word}${formatNumber(low, lang)}–${formatNumber(high, lang)}`;
  }
  // A count reads "sekitar 32.152" next to its label; money and shares keep their unit.
  const shown = d.unit === 'pekerja' ? formatNumber(round(d.value), lang) : formatValue(round(d.value), d.unit, lang);
  return `${d.qualifier === 'sekitar' ? qualifierWord('sekitar', lang) : ''}${shown}`;
}

export function derivedArithmetic(d: DerivedFigure, lang: Lang): string {
  const terms = d.terms.map((t, i) => termText(t, d.operation === 'divide' && i === 0 ? d.unit : '', lang));
  const result = formatDerived(d, lang);
  switch (d.operation) {
    case 'sum':
      return `${terms.join(' + ')} = ${result}`;
    case 'divide':
      return `${terms.join(' ÷ ')} = ${result}`;
    case 'share':
      return `${terms.join(' ÷ ')} × 100 = ${result}`;
  }
}
