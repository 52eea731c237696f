/**
 * Greedy word wrap for text drawn into SVG (map legend, exported charts, share
 * cards), where nothing measures glyphs: widths are estimated in characters.
 */

/** How many characters fit in `width` at `fontSize`, for a font whose average glyph is `em` wide (at least 8). */
export function charsPerLine(width: number, fontSize: number, em: number): number {
  return Math.max(8, Math.floor(width / (fontSize * em)));
}

/**
 * Lines of at most `max` characters. A word longer than a line is cut. With
 * `maxLines`, text that does not fit ends in "…" on the last line, so a
 * renderer whose time grows with every glyph never receives more than that.
 */
export function wrapText(text: string, max: number, maxLines = Infinity): string[] {
  const out: string[] = [];
  let line = '';
  let cut = false;
  const push = (l: string) => { if (out.length < maxLines) out.push(l); else cut = true; };
  for (const match of text.matchAll(/\S+/g)) {
    let word = match[0];
    if (out.length >= maxLines) { cut = true; break; }
    if (line && `${line} ${word}`.length > max) {
      push(line);
      line = '';
    }
    while (word.length > max && out.length < maxLines) {
      push(word.slice(0, max));
      word = word.slice(max);
    }
    if (out.length >= maxLines) { cut = true; break; }
    line = line ? `${line} ${word}` : word;
  }
  if (line) push(line);
  if (cut) out[maxLines - 1] = `${(out[maxLines - 1] ?? '').slice(0, max - 1)}…`;
  return out;
}
