// Every envelope a test sees is checked against schemas/envelope.json (and the schema of its kind).
import { fieldName, validateEnvelope, type Envelope } from '@envboot/core';

export function assertEnvelope(doc: unknown): asserts doc is Envelope {
  const result = validateEnvelope(doc);
  if (!result.valid) {
    const problems = result.problems.map((p) => `  ${fieldName(p.path)}: ${p.message}`).join('\n');
    throw new Error(
      `envelope does not follow schemas/envelope.json:\n${problems}\n${JSON.stringify(doc, null, 2)}`,
    );
  }
}

/** A well-formed envelope for tests to start from. */
export function sampleEnvelope(overrides: Partial<Envelope> = {}): Envelope {
  return {
    ok: true,
    kind: 'plan',
    data: {
      node_type: 'compute_skylake',
      count: 1,
      image: 'CC-Ubuntu22.04',
      duration: '4h',
      duration_minutes: 240,
      resource_properties: '["==","$node_type","compute_skylake"]',
      reasons: ['no GPU needed'],
    },
    error: null,
    context: { site: 'sim' },
    metrics: { elapsed_ms: 3, requests: 0 },
    version: '0.1.0',
    ...overrides,
  } as Envelope;
}
