// Everything one simulated site holds, wired together: the clock and scheduler, faults, identities and tokens,
// and each service's state. Route handlers receive the world; services reach each other through it.
import type { Logger } from '@envboot/core';
import type { VirtualClock } from './clock.js';
import type { Faults } from './faults.js';
import { Scheduler } from './scheduler.js';
import type { Seed } from './seed.js';
import { BlazarState } from './blazar/state.js';
import { GlanceState } from './glance/images.js';
import { buildCatalog, type CatalogEntry } from './keystone/catalog.js';
import { ExternalKeystone } from './keystone/external.js';
import { Directory, type SimIdentity } from './keystone/identity.js';
import { OidcProvider } from './keystone/oidc.js';
import { TokenStore, type TokenInfo } from './keystone/tokens.js';
import { NeutronState } from './neutron/state.js';
import { NovaState } from './nova/state.js';
import type { LiveNodes } from './live/nodes.js';

export interface WorldOptions {
  base: string;
  seed: Seed;
  /** ms added to every seed date. */
  shift: number;
  identity: SimIdentity;
  clock: VirtualClock;
  faults: Faults;
  log: Logger;
  tokenTtlSeconds: number;
  keystoneUrl?: string;
  /** The identity provider, one for every site a simulator serves (default: one of this site's own). */
  oidc?: OidcProvider;
  /** Every site the simulator serves, by reference-API uid: the reference API answers for each (default: this one). */
  served?: ReadonlyMap<string, Seed>;
  /** Called whenever state changed (persistence). */
  onChange?: () => void;
}

export class World {
  readonly base: string;
  readonly authUrl: string;
  readonly region: string;
  readonly catalog: CatalogEntry[];
  readonly clock: VirtualClock;
  readonly scheduler: Scheduler;
  readonly faults: Faults;
  readonly log: Logger;
  readonly seed: Seed;
  readonly shift: number;
  readonly directory: Directory;
  readonly tokens: TokenStore;
  readonly oidc: OidcProvider;
  readonly served: ReadonlyMap<string, Seed>;
  readonly external?: ExternalKeystone;
  readonly neutron: NeutronState;
  readonly nova: NovaState;
  readonly blazar: BlazarState;
  readonly glance: GlanceState;
  /** KVM@TACC: flavors and flavor:instance reservations instead of bare-metal nodes (kvm/). */
  readonly kvm: boolean;
  /** CHI@Edge: devices and device reservations instead of bare-metal nodes (edge/). */
  readonly edge: boolean;
  /** Machines behind ACTIVE servers (startSim's liveNodes option). */
  live?: LiveNodes;
  readonly #onChange: () => void;

  constructor(o: WorldOptions) {
    this.base = o.base;
    this.authUrl = `${o.base}/v3`;
    this.region = o.identity.region;
    this.catalog = buildCatalog(o.base, o.identity.region);
    this.clock = o.clock;
    this.faults = o.faults;
    this.log = o.log;
    this.seed = o.seed;
    this.kvm = o.seed.site === 'kvm';
    this.edge = o.seed.site === 'edge';
    this.oidc = o.oidc ?? new OidcProvider();
    this.served = o.served ?? new Map([[o.seed.site, o.seed]]);
    this.shift = o.shift;
    this.#onChange = o.onChange ?? (() => {});
    this.scheduler = new Scheduler(o.clock);
    this.directory = new Directory(o.identity);
    this.tokens = new TokenStore(
      this.directory,
      () => o.clock.wallMs(),
      () => o.faults.tokenTtlSeconds ?? o.tokenTtlSeconds,
    );
    if (o.keystoneUrl) this.external = new ExternalKeystone(o.keystoneUrl, o.log);
    this.neutron = new NeutronState(this);
    this.nova = new NovaState(this);
    this.blazar = new BlazarState(this, o.seed);
    this.glance = new GlanceState(
      o.identity.projectId,
      o.identity.region === 'CHI@UC' ? undefined : o.identity.region,
    );
    this.scheduler.register('lease', (id, at) => this.blazar.step(id, at));
    this.scheduler.register('server', (id, at) => this.nova.step(id, at));
    this.blazar.loadCalendar(o.seed, o.shift, o.clock.nowMs());
  }

  changed(): void {
    this.#onChange();
  }

  /** The live token behind an X-Auth-Token: one the simulator issued, or one the external Keystone accepts. */
  async authenticate(token: string | undefined): Promise<TokenInfo | undefined> {
    if (!token) return undefined;
    const own = this.tokens.get(token);
    if (own || !this.external) return own;
    const validated = await this.external.validate(token, this.clock.wallMs());
    if (validated && validated.expiresAt > this.clock.wallMs()) {
      this.tokens.adopt(validated);
      return validated;
    }
    return undefined;
  }
}
