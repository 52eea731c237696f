import { describe, expect, it } from 'vitest';
import {
  childReporter, embedScriptSource, MAX_HEIGHT, MESSAGE_TYPE, MIN_HEIGHT, parentScript, themeFromQuery,
  type FrameLike, type HeightMessage, type MessageLike, type ParentWindow,
} from '@/embed/resize-protocol.ts';

const SITE = 'https://data.example.org';

interface FakeFrame extends FrameLike {
  sets: number;
}

function frame(src: string): FakeFrame {
  let height = '';
  const f = {
    src,
    contentWindow: { name: src },
    sets: 0,
    style: {
      get height() { return height; },
      set height(v: string) { height = v; f.sets++; },
    },
  };
  return f;
}

function host(frames: FrameLike[]): { win: ParentWindow; send(e: MessageLike): void } {
  const listeners: ((e: MessageLike) => void)[] = [];
  const win: ParentWindow = {
    document: { querySelectorAll: () => frames, baseURI: 'https://news.example.com/story/' },
    addEventListener: (_type, listener) => listeners.push(listener),
  };
  return { win, send: (e) => listeners.forEach((l) => l(e)) };
}

const msg = (f: FrameLike, height: unknown, origin = SITE): MessageLike => ({ origin, source: f.contentWindow, data: { type: MESSAGE_TYPE, id: 'peta', height } });

describe('parent (embed.js)', () => {
  it('sets the height of the frame the message came from', () => {
    const a = frame(`${SITE}/embed/peta/`);
    const h = host([a]);
    parentScript(h.win);
    h.send(msg(a, 812.4));
    expect(a.style.height).toBe('812px');
  });

  it('ignores foreign origins, even from the right frame', () => {
    const a = frame(`${SITE}/embed/peta/`);
    const h = host([a]);
    parentScript(h.win);
    h.send(msg(a, 500, 'https://evil.example'));
    h.send(msg(a, 500, 'http://data.example.org'));
    h.send(msg(a, 500, 'https://data.example.org:8443'));
    expect(a.sets).toBe(0);
  });

  it('ignores foreign frames and the host page itself, even with the right origin', () => {
    const a = frame(`${SITE}/embed/peta/`);
    const h = host([a]);
    parentScript(h.win);
    h.send({ origin: SITE, source: { other: true }, data: { type: MESSAGE_TYPE, height: 500 } });
    h.send({ origin: 'https://news.example.com', source: h.win, data: { type: MESSAGE_TYPE, height: 5 } });
    h.send({ origin: SITE, source: null, data: { type: MESSAGE_TYPE, height: 500 } });
    expect(a.sets).toBe(0);
  });

  it('ignores malformed messages and non-finite or non-positive heights', () => {
    const a = frame(`${SITE}/embed/peta/`);
    const h = host([a]);
    parentScript(h.win);
    for (const height of [Number.NaN, Infinity, -Infinity, -5, 0, '500', null, undefined, { valueOf: () => 500 }]) h.send(msg(a, height));
    h.send({ origin: SITE, source: a.contentWindow, data: null });
    h.send({ origin: SITE, source: a.contentWindow, data: 'payung:height' });
    h.send({ origin: SITE, source: a.contentWindow, data: { type: 'other', height: 500 } });
    expect(a.sets).toBe(0);
  });

  it('clamps heights to a sane range', () => {
    const a = frame(`${SITE}/embed/peta/`);
    const h = host([a]);
    parentScript(h.win);
    h.send(msg(a, 1e9));
    expect(a.style.height).toBe(`${MAX_HEIGHT}px`);
    h.send(msg(a, 3));
    expect(a.style.height).toBe(`${MIN_HEIGHT}px`);
  });

  it('does not loop: the same height twice is one update', () => {
    const a = frame(`${SITE}/embed/peta/`);
    const h = host([a]);
    parentScript(h.win);
    h.send(msg(a, 640));
    h.send(msg(a, 640));
    h.send(msg(a, 640.4));
    expect(a.sets).toBe(1);
    h.send(msg(a, 642));
    expect(a.sets).toBe(2);
  });

  it('routes several embeds to the right iframe', () => {
    const a = frame(`${SITE}/embed/peta/`);
    const b = frame(`${SITE}/embed/peta/`);
    const c = frame(`${SITE}/en/embed/linimasa/?theme=dark`);
    const h = host([a, b, c]);
    parentScript(h.win);
    h.send(msg(b, 700));
    h.send(msg(c, 900));
    expect([a.style.height, b.style.height, c.style.height]).toEqual(['', '700px', '900px']);
  });

  it('resolves relative iframe src against the host page', () => {
    const a = frame('/embed/peta/');
    const h = host([a]);
    parentScript(h.win);
    h.send(msg(a, 700));
    expect(a.sets).toBe(0);
    h.send(msg(a, 700, 'https://news.example.com'));
    expect(a.style.height).toBe('700px');
  });

  it('installs its listener once however many snippets load it', () => {
    const a = frame(`${SITE}/embed/peta/`);
    const h = host([a]);
    expect(parentScript(h.win)).toBeTypeOf('function');
    expect(parentScript(h.win)).toBeUndefined();
  });
});

describe('embed.js source', () => {
  const source = embedScriptSource();

  it('is small', () => {
    expect(new TextEncoder().encode(source).length).toBeLessThan(1536);
  });

  it('is the tested function, runnable on its own', () => {
    const a = frame(`${SITE}/embed/peta/`);
    const h = host([a]);
    new Function('window', source)(h.win);
    h.send(msg(a, 777));
    h.send(msg(a, 10, 'https://evil.example'));
    expect(a.style.height).toBe('777px');
    expect(source).not.toMatch(/innerHTML|location|eval|document\.write/);
  });

  it('applies the same limits the module exports', () => {
    const a = frame(`${SITE}/embed/peta/`);
    const h = host([a]);
    new Function('window', source)(h.win);
    h.send(msg(a, 1e9));
    expect(a.style.height).toBe(`${MAX_HEIGHT}px`);
    h.send(msg(a, 1));
    expect(a.style.height).toBe(`${MIN_HEIGHT}px`);
    expect(source).toContain(MESSAGE_TYPE);
  });
});

describe('child reporter', () => {
  it('posts only when the height changes by a pixel or more', () => {
    const posted: HeightMessage[] = [];
    let height = 500.2;
    const report = childReporter({ id: 'peta', measure: () => height, post: (m) => posted.push(m) });
    report();
    report();
    height = 500.9;
    report();
    height = 620;
    report();
    expect(posted).toEqual([
      { type: MESSAGE_TYPE, id: 'peta', height: 501 },
      { type: MESSAGE_TYPE, id: 'peta', height: 620 },
    ]);
  });

  it('never posts a zero or non-finite height', () => {
    const posted: HeightMessage[] = [];
    let height = 0;
    const report = childReporter({ id: 'x', measure: () => height, post: (m) => posted.push(m) });
    report();
    height = Number.NaN;
    report();
    expect(posted).toEqual([]);
  });
});

describe('theme parameter', () => {
  it('accepts light and dark only', () => {
    expect(themeFromQuery('?theme=dark')).toBe('dark');
    expect(themeFromQuery('?theme=light&x=1')).toBe('light');
    expect(themeFromQuery('?theme=<script>')).toBeNull();
    expect(themeFromQuery('')).toBeNull();
  });
});
