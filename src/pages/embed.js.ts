/**
 * /embed.js — the host-page half of the embed resize protocol, generated at
 * build time from src/embed/resize-protocol.ts (the tested function, serialised),
 * so the shipped script and the unit-tested logic cannot drift apart.
 */
import type { APIRoute } from 'astro';
import { embedScriptSource } from '@/embed/resize-protocol.ts';

export const GET: APIRoute = () =>
  new Response(embedScriptSource(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
