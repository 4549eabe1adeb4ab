// The answer the language model must give: the catalog's real node types and images as enums. The API gets the
// schema without numeric bounds (not every server supports them); ajv checks the bounds as well.
import type { Catalog } from '../plan/catalog.js';

export interface Caps {
  maxNodes: number;
  maxHours: number;
}

export interface ModelAnswer {
  gpu_needed: boolean;
  gpu_count: number | null;
  min_gpu_memory_gb: number | null;
  cuda: string | null;
  node_type: string;
  count: number;
  image: string;
  duration_hours: number;
  reasons: string[];
}

export function responseSchema(catalog: Catalog, caps: Caps, bounded = false): Record<string, unknown> {
  const bound = (min: number, max: number) => (bounded ? { minimum: min, maximum: max } : {});
  return {
    type: 'object',
    additionalProperties: false,
    required: [
      'gpu_needed',
      'gpu_count',
      'min_gpu_memory_gb',
      'cuda',
      'node_type',
      'count',
      'image',
      'duration_hours',
      'reasons',
    ],
    properties: {
      gpu_needed: { type: 'boolean' },
      gpu_count: { type: ['integer', 'null'], ...(bounded ? { minimum: 1, maximum: 64 } : {}) },
      min_gpu_memory_gb: { type: ['number', 'null'], ...(bounded ? { minimum: 0, maximum: 1024 } : {}) },
      cuda: { type: ['string', 'null'], ...(bounded ? { pattern: '^\\d{1,2}(\\.\\d{1,2}){0,2}$' } : {}) },
      node_type: { type: 'string', enum: [...new Set(catalog.nodeTypes.map((n) => n.name))] },
      count: { type: 'integer', description: `1 to ${caps.maxNodes}`, ...bound(1, caps.maxNodes) },
      image: { type: 'string', enum: [...new Set(catalog.images.map((i) => i.name))] },
      duration_hours: { type: 'number', description: `1 to ${caps.maxHours}`, ...bound(1, caps.maxHours) },
      reasons: {
        type: 'array',
        items: { type: 'string', ...(bounded ? { maxLength: 400 } : {}) },
        ...(bounded ? { maxItems: 8 } : {}),
      },
    },
  };
}
