/**
 * A server-side DOM for Observable Plot. Only build-time code (pages,
 * endpoints, tests) calls this, so neither Plot nor linkedom reaches the
 * browser bundle.
 */
import { parseHTML } from 'linkedom';
import type { ChartDocument } from './types.ts';

export function serverDocument(): ChartDocument {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as ChartDocument;
}
