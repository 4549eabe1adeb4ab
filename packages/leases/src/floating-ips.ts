// Floating IPs of a lease. envboot labels every address it allocates for a lease (allocate --floating-ips, launch
// --assign-floating-ip) with a description that starts "envboot lease <lease id> ", so they can be found again;
// Blazar tags the addresses of a virtual:floatingip reservation "reservation:<reservation id>".

/** How the description of an address envboot allocated for this lease begins. */
export function leaseAddressPrefix(leaseId: string): string {
  return `envboot lease ${leaseId} `;
}

/** Whether envboot allocated this address for this lease. */
export function isLeaseAddress(address: { description: string }, leaseId: string): boolean {
  return address.description.startsWith(leaseAddressPrefix(leaseId));
}

/** Whether this address belongs to one of these Blazar reservations. */
export function isReservedFor(
  address: { tags: readonly string[] },
  reservationIds: readonly string[],
): boolean {
  return reservationIds.some((id) => address.tags.includes(`reservation:${id}`));
}
