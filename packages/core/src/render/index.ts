// What a person sees at a terminal instead of the envelope: one renderer per kind, each a pure function of the
// envelope, each in its own module loaded only when stdout is a terminal (docs/output.md).
import type { DataByKind, Envelope, Kind } from '../envelope.js';
import type { RenderOptions } from './text.js';

export type { RenderOptions } from './text.js';

/** Draws a successful envelope of one kind for a person; the text ends in a newline. */
export type Renderer<K extends Kind = Kind> = (
  envelope: Envelope<K> & { data: DataByKind[K] },
  options: RenderOptions,
) => string;

type Loader = () => Promise<{ render: Renderer<never> }>;

// A failure has no rendering: its one line on stderr says it (and `error` is only ever a failure).
const RENDERERS: Record<Exclude<Kind, 'error'>, Loader> = {
  analysis: () => import('./analysis.js'),
  plan: () => import('./plan.js'),
  capacity: () => import('./capacity.js'),
  lease: () => import('./lease.js'),
  'lease-deletion': () => import('./lease-deletion.js'),
  'lease-list': () => import('./lease-list.js'),
  allocation: () => import('./allocation.js'),
  launch: () => import('./launch.js'),
  provision: () => import('./provision.js'),
  runs: () => import('./runs.js'),
  cleanup: () => import('./cleanup.js'),
  setup: () => import('./setup.js'),
};

/** Whether `kind` has a rendering for people (a successful envelope of it does). */
export function hasRenderer(kind: string): kind is Exclude<Kind, 'error'> {
  return Object.hasOwn(RENDERERS, kind);
}

/**
 * The rendering of `envelope` for a terminal, or null when it has none: a failure (the error's line on stderr is
 * all a person needs), an envelope without data, or a kind without a renderer.
 */
export async function renderEnvelope(envelope: Envelope, options: RenderOptions): Promise<string | null> {
  if (!envelope.ok || envelope.data === null || !hasRenderer(envelope.kind)) return null;
  const { render } = await RENDERERS[envelope.kind]();
  return (render as Renderer)(envelope as Envelope & { data: DataByKind[Kind] }, options);
}
