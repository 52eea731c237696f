/**
 * Stylesheet text written from typed values. A colour or a size lives in one TypeScript module;
 * the page's CSS and the downloads are both derived from it, so nothing has to read CSS back.
 */

/** Property → value, in the order they are written. */
export type Declarations = Readonly<Record<string, string | number>>;
export type CssRule = readonly [selector: string, declarations: Declarations];

export function cssRule([selector, declarations]: CssRule): string {
  return `${selector} { ${Object.entries(declarations).map(([property, value]) => `${property}: ${value};`).join(' ')} }`;
}

export function cssRules(rules: readonly CssRule[]): string {
  return rules.map(cssRule).join('\n');
}

/** `{ sea: '#e6eff5' }` → `{ '--jm-sea': '#e6eff5' }` (prefix 'jm-'). */
export function customProperties(values: Readonly<Record<string, string>>, prefix = ''): Declarations {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`--${prefix}${name}`, value]));
}

/**
 * The same names, each standing for its custom property (`var(--jm-sea)`): what rules written
 * against a palette use on the page, where the stylesheet picks the scheme.
 */
export function propertyRefs<K extends string>(values: Readonly<Record<K, string>>, prefix = ''): Record<K, string> {
  return Object.fromEntries(Object.keys(values).map((name) => [name, `var(--${prefix}${name})`])) as Record<K, string>;
}

/** Rules inside an at-rule (`@media …`, `@container …`). */
export function atRule(condition: string, rules: readonly CssRule[]): string {
  return `${condition} {\n${rules.map((r) => `  ${cssRule(r)}`).join('\n')}\n}`;
}
