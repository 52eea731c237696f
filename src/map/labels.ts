/**
 * Where regency names go. A label is drawn only where it fits: its anchor on its own regency's
 * largest island, its box covering no other regency (sea is fine), inside the map frame and
 * clear of every label already placed. Shorter variants (two lines, initials such as "TTU") are
 * tried before giving up; a regency left unlabelled is still named by its tooltip and by the
 * table beside the map.
 *
 * Regencies too small to hold any text (Kota Kupang) get a callout: the label sits in open sea
 * with a leader line to the regency.
 */
import {
  type Box, type Point, type ProjectedRegion, bounds, containsPoint, inside, largestPolygon, overlaps, polygonArea,
  ringCentroid, samplePoints, segmentHitsBox, segmentsCross,
} from './label-geometry.ts';

export interface LabelRequest {
  kode: string;
  region: ProjectedRegion;
  /** Text variants in order of preference; each is a list of lines. */
  variants: string[][];
  /** When no variant fits on the regency itself, put the first one in the sea with a leader line. */
  calloutFallback?: boolean;
}

export interface PlacedLabel {
  kode: string;
  lines: string[];
  /** Centre of the text block. */
  x: number;
  y: number;
  box: Box;
  /** For callouts: the leader line from the regency to the label box. */
  leader?: [Point, Point];
}

export interface PlacementOptions {
  fontSize: number;
  /** Labels must stay inside this box (the map area). */
  frame: Box;
  /** Areas already taken (legend, scale bar). */
  obstacles?: Box[];
  /** Regencies whose largest island is smaller than this (square units) get a callout. */
  calloutBelowArea: number;
}

/** Average glyph advance of the label font, in em: errs wide so estimates never clip. */
const EM_ADVANCE = 0.58;
export const LINE_HEIGHT = 1.15;

export function textBox(lines: readonly string[], fontSize: number, cx: number, cy: number): Box {
  const width = Math.max(...lines.map((l) => l.length)) * fontSize * EM_ADVANCE + fontSize * 0.3;
  const height = lines.length * fontSize * LINE_HEIGHT;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/** Candidate anchors inside the polygon: its centroid first, then a grid ordered by distance. */
function anchors(polygon: Point[][]): Point[] {
  const exterior = polygon[0] ?? [];
  const c = ringCentroid(exterior);
  const b = bounds(exterior);
  const grid: Point[] = [];
  for (let i = 1; i < 8; i++) for (let j = 1; j < 4; j++) grid.push([b.x + (b.width * i) / 8, b.y + (b.height * j) / 4]);
  const region = [polygon];
  const dist = (p: Point): number => (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2;
  return [c, ...grid.sort((p, q) => dist(p) - dist(q) || p[0] - q[0] || p[1] - q[1])].filter((p) => containsPoint(region, p));
}

export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const { fontSize, frame } = options;
  const taken: Box[] = [...(options.obstacles ?? [])];
  const placed: PlacedLabel[] = [];
  const gap = fontSize * 0.25;
  const others = (kode: string): ProjectedRegion[] => requests.filter((r) => r.kode !== kode).map((r) => r.region);
  const free = (box: Box): boolean => inside(box, frame) && !taken.some((t) => overlaps(box, t, gap));
  const onlyOver = (box: Box, allowed: (p: Point) => boolean): boolean => samplePoints(box).every(allowed);

  const small = requests.filter((r) => polygonArea(largestPolygon(r.region)) < options.calloutBelowArea);
  const regular = requests.filter((r) => !small.includes(r));

  const everyRegion = requests.map((r) => r.region);
  const inSea = (p: Point): boolean => !everyRegion.some((r) => containsPoint(r, p));
  const callout = (request: LabelRequest): boolean => {
    const from = ringCentroid(largestPolygon(request.region)[0] ?? []);
    // In open sea the most compact wording goes first ("TTU" before "Timor Tengah Utara"): it
    // leaves room for the neighbours' callouts.
    const area = (lines: string[]): number => {
      const b = textBox(lines, fontSize, 0, 0);
      return b.width * b.height;
    };
    for (const lines of [...request.variants].sort((a, b) => area(a) - area(b))) {
      const probe = textBox(lines, fontSize, 0, 0);
      for (const distance of [2, 3, 4.5, 6, 8]) {
        for (const angle of [270, 225, 315, 90, 135, 45, 180, 0]) {
          const rad = (angle * Math.PI) / 180;
          const tip: Point = [from[0] + Math.cos(rad) * distance * fontSize, from[1] - Math.sin(rad) * distance * fontSize];
          // The box hangs off the leader's tip on the side the leader points to.
          const cx = tip[0] + Math.sign(Math.round(Math.cos(rad) * 10)) * (probe.width / 2);
          const cy = tip[1] - Math.sign(Math.round(Math.sin(rad) * 10)) * (probe.height / 2);
          const box = textBox(lines, fontSize, cx, cy);
          // Leaders may not cross each other or run through another label.
          const clear =
            !placed.some((p) => p.leader && segmentsCross(from, tip, p.leader[0], p.leader[1])) &&
            !taken.some((t) => segmentHitsBox(from, tip, t));
          if (clear && free(box) && onlyOver(box, inSea)) {
            placed.push({ kode: request.kode, lines, x: cx, y: cy, box, leader: [from, tip] });
            taken.push(box);
            return true;
          }
        }
      }
    }
    return false;
  };

  // Callouts for tiny regencies first: they need open sea near one spot, the others can shift.
  for (const request of small) callout(request);

  const fallbacks: LabelRequest[] = [];
  for (const request of regular) {
    const polygon = largestPolygon(request.region);
    const rivals = others(request.kode);
    const candidates = anchors(polygon);
    let done = false;
    search: for (const lines of request.variants) {
      for (const [cx, cy] of candidates) {
        const box = textBox(lines, fontSize, cx, cy);
        if (free(box) && onlyOver(box, (p) => !rivals.some((r) => containsPoint(r, p)))) {
          placed.push({ kode: request.kode, lines, x: cx, y: cy, box });
          taken.push(box);
          done = true;
          break search;
        }
      }
    }
    if (!done && request.calloutFallback) fallbacks.push(request);
  }
  // Callouts last, so they never push a label out of its own regency.
  for (const request of fallbacks) callout(request);
  return placed.sort((a, b) => a.kode.localeCompare(b.kode));
}

/** "Timor Tengah Utara" → ["Timor Tengah", "Utara"]: the split nearest the middle. */
export function splitInTwo(name: string): string[] | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  let best = 1;
  for (let i = 1; i < words.length; i++) {
    const diff = (k: number): number => Math.abs(words.slice(0, k).join(' ').length - words.slice(k).join(' ').length);
    if (diff(i) <= diff(best)) best = i; // on a tie, keep the direction word ("Utara") alone
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

/** Initials of names of three words or more ("Timor Tengah Utara" → "TTU", "Sumba Barat Daya" → "SBD"), as used locally. */
export function initials(name: string): string | undefined {
  const words = name.split(' ').filter(Boolean);
  return words.length >= 3 ? words.map((w) => w[0]?.toUpperCase()).join('') : undefined;
}
