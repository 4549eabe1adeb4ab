// Blazar's reservable floating IPs: the pool `virtual:floatingip` reservations draw from. The addresses a lease
// holds appear in Neutron, tagged reservation:<reservation id> (neutron/floatingips.ts), while it is active.
import { bool, isoDate, list as listOf, str } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = { all: () => 'floatingips' };

// ---- wire types
type WireReservableIp = Record<string, unknown>;

// ---- public types
export interface ReservableFloatingIp {
  id: string;
  floating_ip_address: string;
  floating_network_id: string;
  subnet_id: string | null;
  reservable: boolean;
  created_at: string | null;
}

// ---- parsers
export function parseReservableIp(w: WireReservableIp): ReservableFloatingIp {
  return {
    id: str(w.id) ?? '',
    floating_ip_address: str(w.floating_ip_address) ?? '',
    floating_network_id: str(w.floating_network_id) ?? '',
    subnet_id: str(w.subnet_id),
    reservable: bool(w.reservable) ?? true,
    created_at: isoDate(w.created_at),
  };
}

// ---- operations
export async function list(c: ServiceClient): Promise<ReservableFloatingIp[]> {
  const body = await c.request({ op: 'blazar.floatingips.list', method: 'GET', path: path.all() });
  return listOf<WireReservableIp>(body, 'floatingips').map(parseReservableIp);
}
