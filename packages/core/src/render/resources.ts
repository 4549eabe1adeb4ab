// What provision created and cleanup deletes, named as people say it: "floating IP 192.5.87.11".
import type { Resource } from '../generated/schema-types.js';

export const RESOURCE_TYPES: Record<Resource['type'], string> = {
  lease: 'lease',
  server: 'server',
  floating_ip: 'floating IP',
  keypair: 'key pair',
};

/** "lease envboot-gpu-train-190af3, server envboot-gpu-train-190af3, floating IP 192.5.87.11". */
export function resources(list: Resource[]): string {
  return list.map((r) => `${RESOURCE_TYPES[r.type] ?? r.type} ${r.name ?? r.id}`).join(', ');
}
