export { leaseRefFrom, isUuid, type LeaseRefFlags } from './ref.js';
export { findLease } from './find.js';
export { toLeaseData, leaseContext, hostReservation, type LeaseDataExtras } from './lease-data.js';
export { loadCalendar, calendarHosts } from './calendar.js';
export { SERVER_METADATA, serversOfLease } from './servers.js';
export { leaseAddressPrefix, isLeaseAddress, isReservedFor } from './floating-ips.js';
export {
  removeServer,
  removeFloatingIp,
  removeLease,
  removeKeyPair,
  waitServerGone,
  goneProbe,
  leasesNamed,
  leaseEnded,
} from './removal.js';
export { suFactor, suCost, hoursBetween, DEFAULT_SU_FACTOR } from './su.js';
export { flavorRate, flavorSuCost } from './flavor-rates.js';
export {
  extensionCheck,
  hostsOfLease,
  EXTENSION_WINDOW_MS,
  MAX_EXTENSION_MS,
  type HostBooking,
} from './extension.js';
export { leaseHosts, describeHosts, failedHostsOf, isFailedHost, toLeaseHost } from './lease-hosts.js';
