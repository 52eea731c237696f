import { describe, expect, it } from 'vitest';
import {
  childReporter, embedScriptSource, HELLO_TYPE, MAX_HEIGHT, MESSAGE_TYPE, MIN_HEIGHT, parentScript, themeFromQuery,
  type FrameLike, type HeightMessage, type MessageLike, type ParentWindow,
} from '@/embed/resize-protocol.ts';

const SITE = 'https://data.example.org';

interface FakeFrame extends FrameLike {
  sets: number;
}

function frame(src: string, sandbox: string | null = null): FakeFrame {
  let height = '';
  const f = {
    src,
    contentWindow: { name: src },
    getAttribute: () => sandbox,
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

  it('follows the redirects hosts make (http→https, apex↔www), never a downgrade or another host (#14)', () => {
    const a = frame('http://data.example.org/embed/peta/');
    const h = host([a]);
    parentScript(h.win);
    h.send(msg(a, 501, 'https://data.example.org'));
    expect(a.style.height).toBe('501px');
    h.send(msg(a, 502, 'https://www.data.example.org'));
    expect(a.style.height).toBe('502px');
    const b = frame('https://www.data.example.org/embed/peta/');
    const h2 = host([b]);
    parentScript(h2.win);
    for (const origin of ['http://www.data.example.org', 'https://evil.example', 'https://data.example.org.evil.example', 'https://www.data.example.org:444', 'null']) {
      h2.send(msg(b, 600, origin));
    }
    expect(b.sets).toBe(0);
    h2.send(msg(b, 603, 'https://data.example.org'));
    expect(b.style.height).toBe('603px');
  });

  it("accepts origin 'null' only from a frame sandboxed without allow-same-origin (#14)", () => {
    const sandboxed = frame(`${SITE}/embed/peta/`, 'allow-scripts');
    const sameOrigin = frame(`${SITE}/embed/peta/`, 'allow-scripts allow-same-origin');
    const plain = frame(`${SITE}/embed/peta/`);
    const h = host([sandboxed, sameOrigin, plain]);
    parentScript(h.win);
    h.send(msg(sandboxed, 700, SITE)); // an opaque-origin frame cannot send from SITE: something else is in it
    h.send(msg(sameOrigin, 700, 'null'));
    h.send(msg(plain, 700, 'null'));
    expect([sandboxed.sets, sameOrigin.sets, plain.sets]).toEqual([0, 0, 0]);
    h.send(msg(sandboxed, 710, 'null'));
    h.send(msg(sameOrigin, 720, SITE));
    expect([sandboxed.style.height, sameOrigin.style.height]).toEqual(['710px', '720px']);
  });

  it("accepts 'null' from every frame of a host page that is itself sandboxed (nested frames inherit it) (#14)", () => {
    const a = frame(`${SITE}/embed/peta/`);
    const h = host([a]);
    h.win.origin = 'null';
    parentScript(h.win);
    h.send(msg(a, 700, SITE));
    expect(a.sets).toBe(0);
    h.send(msg(a, 710, 'null'));
    expect(a.style.height).toBe('710px');
  });

  it('asks every embed frame once to report, for frames that reported before embed.js ran (#14)', () => {
    const asked: unknown[] = [];
    const a = frame(`${SITE}/embed/peta/`);
    a.contentWindow = { postMessage: (m: unknown, o: string) => asked.push([m, o]) };
    parentScript(host([a]).win);
    expect(asked).toEqual([[{ type: HELLO_TYPE }, '*']]);
    expect(embedScriptSource()).toContain(HELLO_TYPE);
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
    const report = childReporter({ id: 'peta', measure: () => height, viewport: () => 900, post: (m) => posted.push(m) });
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

  it('content sized by the viewport (min-height: 100vh + a header) does not grow the frame without end (#14)', () => {
    // The frame as a parent sizes it: its viewport becomes whatever height was posted.
    let viewport = 760;
    const header = 40;
    let extra = 0;
    const posted: number[] = [];
    const report = childReporter({
      id: 'peta',
      measure: () => viewport + header + extra,
      viewport: () => viewport,
      post: (m) => { posted.push(m.height); viewport = m.height; },
    });
    for (let i = 0; i < 50; i++) report();
    expect(posted).toEqual([800]);
    // A real change of the content (a font loads, a panel opens) is still posted, and settles again.
    extra = 120;
    for (let i = 0; i < 50; i++) report();
    expect(posted.length).toBeLessThanOrEqual(3);
    expect(Math.max(...posted)).toBeLessThan(1100);
  });

  it('content that fits is reported once, and the frame resize it causes changes nothing', () => {
    let viewport = 760;
    const posted: number[] = [];
    const report = childReporter({ id: 'peta', measure: () => 1234, viewport: () => viewport, post: (m) => { posted.push(m.height); viewport = m.height; } });
    for (let i = 0; i < 10; i++) report();
    expect(posted).toEqual([1234]);
  });

  it('posts its height again when the parent asks, without growing a viewport-sized page', () => {
    let viewport = 760;
    const posted: number[] = [];
    const report = childReporter({ id: 'peta', measure: () => viewport + 40, viewport: () => viewport, post: (m) => { posted.push(m.height); viewport = m.height; } });
    report(true); // asked before anything was posted: an ordinary report
    report();
    report(true);
    report(true);
    expect(posted).toEqual([800, 800, 800]);
  });

  it('never posts a zero or non-finite height', () => {
    const posted: HeightMessage[] = [];
    let height = 0;
    const report = childReporter({ id: 'x', measure: () => height, viewport: () => 900, post: (m) => posted.push(m) });
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
