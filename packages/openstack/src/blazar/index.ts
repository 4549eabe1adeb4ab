// Blazar, the reservation service: callers write blazar.leases.create(cloud.blazar, …).
export * as leases from './leases.js';
export * as hosts from './hosts.js';
export * as allocations from './allocations.js';
export * as properties from './properties.js';
export * as floatingips from './floatingips.js';
export { classify, leaseRefusal, type LeaseRefusal } from './errors.js';
export { formatDate } from './dates.js';
export type * from './reservations.js';
export type { Lease, CreatedLease, LeaseCreate, LeaseUpdate, LeaseStatus, LeaseEvent } from './leases.js';
export type { Host } from './hosts.js';
export type { Allocation, AllocatedReservation } from './allocations.js';
export type { ResourceProperty } from './properties.js';
export * as reallocation from './reallocation.js';
