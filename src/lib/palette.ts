/**
 * The site's colours, light and dark, written once. The page's custom properties (--bg, --fg, …,
 * see src/styles/generated-css.ts) and the ink of the downloadable charts come from here.
 * Text colours pass 4.5:1 on their background in each scheme (tests/lib/palette.test.ts).
 */
const LIGHT = {
  bg: '#fdfcf9',
  fg: '#1d1d1b',
  muted: '#595959',
  rule: '#d7d3cb',
  accent: '#0b5d8a',
  'accent-fg': '#fff',
  card: '#f4f1ea',
  'warn-bg': '#fff4d6',
  'warn-fg': '#5c3b00',
  'ok-bg': '#e3f1e6',
  'ok-fg': '#1f4d2b',
  focus: '#b34700',
} as const;

export type SiteColor = keyof typeof LIGHT;

/** What downloads (PNG, SVG) are drawn on: white in every scheme, as on paper. */
export const PAPER = '#ffffff';
export type SiteColors = Readonly<Record<SiteColor, string>>;
export type Scheme = 'light' | 'dark';

/**
 * Paper: black on white whatever scheme the reader's screen is in, cards and notes told apart by
 * their borders (a grey fill wastes toner and greys out on a cheap printer); no focus ring.
 */
export const PRINT_PALETTE: SiteColors = {
  bg: PAPER,
  fg: '#000',
  muted: '#333',
  rule: '#999',
  accent: '#000',
  'accent-fg': PAPER,
  card: PAPER,
  'warn-bg': PAPER,
  'warn-fg': '#000',
  'ok-bg': PAPER,
  'ok-fg': '#000',
  focus: 'transparent',
};

export const SITE_PALETTE: Readonly<Record<Scheme, SiteColors>> = {
  light: LIGHT,
  dark: {
    bg: '#141414',
    fg: '#ecebe6',
    muted: '#b3b0a8',
    rule: '#3a3834',
    accent: '#7cc3ec',
    'accent-fg': '#0d1b24',
    card: '#1f1e1b',
    'warn-bg': '#3a2c07',
    'warn-fg': '#ffdf9e',
    'ok-bg': '#14301c',
    'ok-fg': '#bfe8c8',
    focus: '#ffb07a',
  },
};
