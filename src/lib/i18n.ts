/**
 * The one way to words: `messages(lang)` for interface text (one typed catalog
 * per language in ./messages/), `pick(record, key, lang)` for data text (the
 * CSVs' `<key>_id` / `<key>_en` columns).
 */
import type { Lang } from './format.ts';
import { en } from './messages/en.ts';
import { id, type Messages } from './messages/id.ts';

export type { Messages };

const CATALOGS: Record<Lang, Messages> = { id, en };

/** Interface text for one edition: `const t = messages(lang); t.method`. */
export function messages(lang: Lang): Messages {
  return CATALOGS[lang];
}

/** The other edition, for the language switch and hreflang links. */
export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}

/** Localised field of a bilingual record: pick(x, 'title', lang) → x.title_id or x.title_en. */
export function pick<K extends string, T extends Record<`${K}_id` | `${K}_en`, string | null | undefined>>(
  record: T,
  key: K,
  lang: Lang,
): T[`${K}_id`] | T[`${K}_en`] {
  return lang === 'id' ? record[`${key}_id`] : record[`${key}_en`];
}

/**
 * The editors' English translation of a sentence quoted in Indonesian: shown in the English
 * edition only, beside the original (the Indonesian edition has the original alone).
 */
export function translation(text: string | null | undefined, lang: Lang): string | null {
  return lang === 'en' && text ? text : null;
}
