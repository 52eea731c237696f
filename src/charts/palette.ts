/**
 * Chart colours: Okabe–Ito, distinguishable with every common form of colour
 * blindness, and legible on both the light (#fdfcf9) and dark (#141414)
 * page backgrounds. Text and axes use currentColor, so they follow the theme.
 */
import { PAPER } from '@/lib/palette.ts';

export const COLORS = {
  /** APBD Provinsi (provincial budget). */
  province: '#0072B2',
  /** APBD kabupaten (regency budget). */
  regency: '#E69F00',
  /** Regency budget, but non-civil-servant staff rather than vulnerable workers (Nagekeo). */
  staff: '#F3D39A',
  /** A published or computed reference value (target, assumed contribution). */
  reference: '#D55E00',
  /** A rate or cost bar. */
  value: '#009E73',
  /** A date only known to the year. */
  uncertain: '#999999',
  /** A dated event. */
  event: '#CC79A7',
} as const;

/**
 * What gaps between touching marks (stacked bars, dots on a rule) are painted with: on a page the
 * background of the scheme the reader sees, through a custom property (chart.css); in a download,
 * which carries no stylesheet, the paper.
 */
export const BACKGROUND = { page: 'var(--jc-bg, #fff)', paper: PAPER } as const;
