import { expect, it } from 'vitest';
import { escapeXml } from '@/lib/escape-xml.ts';

it('escapes the five XML special characters and nothing else', () => {
  expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  expect(escapeXml('Timor Tengah Utara – 10.252')).toBe('Timor Tengah Utara – 10.252');
  expect(escapeXml('&amp;')).toBe('&amp;amp;');
});
