/**
 * Every string from data goes through this before it enters HTML or SVG markup written by
 * hand (the map, chart export frames, share cards): a name with "&" or a quote must not break
 * the document or inject markup.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
