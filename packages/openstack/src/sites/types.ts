// A site as envboot knows it: one Chameleon site (or the simulator), resolved once per command.

/** What envboot knows of a site before talking to it. */
export interface SiteFacts {
  /** The name people know it by: "CHI@UC", or "CHI@UC (local simulator)". */
  name: string;
  /** Its OpenStack region name. */
  region: string;
  /** Its Keystone v3 URL. */
  auth_url: string;
  /** Its web address (the simulator's base URL). */
  web: string;
  /** Its name in Chameleon's reference API (the hardware descriptions), if it has one there. */
  reference_site: string | null;
  /** baremetal or kvm. */
  class: string;
  /** The network servers are booted on. */
  network: string;
  /** The external network floating IPs come from. */
  public_network: string;
  /** Chameleon's OIDC client id for this site's Keystone (federated login), if it has one. */
  oidc_client_id: string | null;
  /** Longest lease the site allows (Chameleon bare metal: 7 days). */
  max_lease_minutes: number;
}

export interface Site extends SiteFacts {
  /** Its short id: uc, tacc, nu, edge, kvm, sim. */
  id: string;
  /** Served by a local simulator (`--site sim`, or a site the simulator announces in ENVBOOT_SIM_SITES). */
  simulated: boolean;
}
