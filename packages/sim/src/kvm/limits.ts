// KVM@TACC's longest lease: 6 months for the standard flavors, 7 days for the GPU ones (Chameleon's docs).
import type { ReservationRequest } from '../blazar/state.js';
import { gpusOf } from './catalogue.js';
import { kvmFlavors } from './catalogue.js';

export const KVM_MAX_SECONDS = 262_800 * 60;
export const KVM_GPU_MAX_SECONDS = 604_800;

export function kvmMaxLeaseSeconds(reservations: ReservationRequest[]): number {
  const gpu = reservations.some(
    (r) =>
      r.resource_type === 'flavor:instance' &&
      gpusOf(kvmFlavors().find((f) => f.id === r.flavor_id) ?? { name: '' }) > 0,
  );
  return gpu ? KVM_GPU_MAX_SECONDS : KVM_MAX_SECONDS;
}
