// The envelope every command prints: building it, and the kinds and data types it carries.
import type {
  AllocationData,
  AnalysisData,
  CapacityData,
  Context,
  LaunchData,
  LeaseData,
  LeaseDeletionData,
  LeaseListData,
  Metrics,
  PlanData,
  ProvisionData,
  RunsData,
  CleanupData,
  SetupData,
} from './generated/schema-types.js';
import type { ErrorObject } from './errors.js';
import { VERSION } from './generated/config.js';

export type { Context, Metrics };
export { VERSION };

/** `kind` → the type of `data`, from the generated schema types. */
export interface DataByKind {
  capacity: CapacityData;
  lease: LeaseData;
  'lease-deletion': LeaseDeletionData;
  'lease-list': LeaseListData;
  allocation: AllocationData;
  launch: LaunchData;
  analysis: AnalysisData;
  plan: PlanData;
  provision: ProvisionData;
  runs: RunsData;
  cleanup: CleanupData;
  setup: SetupData;
  error: Record<string, unknown>;
}
export type Kind = keyof DataByKind;

export interface Envelope<K extends Kind = Kind> {
  ok: boolean;
  kind: K;
  data: DataByKind[K] | null;
  error: ErrorObject | null;
  context: Context;
  metrics: Metrics;
  version: string;
}

export interface EnvelopeParts<K extends Kind> {
  kind: K;
  context?: Context;
  metrics?: Partial<Metrics>;
}

function metricsOf(partial: Partial<Metrics> = {}): Metrics {
  return {
    ...partial,
    elapsed_ms: Math.max(0, Math.round(partial.elapsed_ms ?? 0)),
    requests: partial.requests ?? 0,
  };
}

export function okEnvelope<K extends Kind>(parts: EnvelopeParts<K>, data: DataByKind[K]): Envelope<K> {
  return {
    ok: true,
    kind: parts.kind,
    data,
    error: null,
    context: parts.context ?? {},
    metrics: metricsOf(parts.metrics),
    version: VERSION,
  };
}

export function errorEnvelope<K extends Kind>(
  parts: EnvelopeParts<K>,
  error: ErrorObject,
  data: DataByKind[K] | null = null,
): Envelope<K> {
  return {
    ok: false,
    kind: parts.kind,
    data,
    error,
    context: parts.context ?? {},
    metrics: metricsOf(parts.metrics),
    version: VERSION,
  };
}

/** Pretty on a terminal, one line otherwise; --json / --pretty force either. */
export function serializeEnvelope(envelope: Envelope, pretty: boolean): string {
  return `${JSON.stringify(envelope, null, pretty ? 2 : undefined)}\n`;
}
