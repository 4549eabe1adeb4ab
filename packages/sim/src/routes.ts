// Every route of the simulated site, by service.
import type { Route } from './http.js';
import { routes as keystoneVersions } from './keystone/versions.js';
import { routes as keystoneAuth } from './keystone/auth.js';
import { routes as appCredentials } from './keystone/appcreds.js';
import { routes as oidc } from './keystone/oidc.js';
import { routes as projects } from './keystone/projects.js';
import { routes as unsimulatedKeystone } from './keystone/unsimulated.js';
import { routes as blazarVersions } from './blazar/versions.js';
import { routes as leases } from './blazar/leases.js';
import { routes as hosts } from './blazar/hosts.js';
import { routes as allocations } from './blazar/allocations.js';
import { routes as reallocation } from './blazar/failures.js';
import { routes as leaseDevices } from './edge/routes.js';
import { routes as containers } from './edge/zun.js';
import { routes as properties } from './blazar/properties.js';
import { routes as blazarPolicy } from './blazar/policy.js';
import { routes as novaVersions } from './nova/versions.js';
import { routes as flavors } from './nova/flavors.js';
import { routes as keypairs } from './nova/keypairs.js';
import { routes as servers } from './nova/servers.js';
import { routes as novaImages } from './nova/images.js';
import { routes as serverActions } from './nova/actions.js';
import { routes as serverMetadata } from './nova/metadata.js';
import { routes as networks } from './neutron/networks.js';
import { routes as ports } from './neutron/ports.js';
import { routes as floatingIps } from './neutron/floatingips.js';
import { routes as subnets } from './neutron/subnets.js';
import { routes as routers } from './neutron/routers.js';
import { routes as securityGroups } from './neutron/security-groups.js';
import { routes as neutronTags } from './neutron/tags.js';
import { routes as neutronUnsimulated } from './neutron/unsimulated.js';
import { routes as blazarUnsimulated } from './blazar/unsimulated.js';
import { routes as images } from './glance/images.js';
import { routes as imageSchemas } from './glance/schemas.js';
import { routes as imageChanges } from './glance/unsimulated.js';
import { routes as sites } from './reference/sites.js';
import { routes as nodes } from './reference/nodes.js';
import { routes as kvmFlavorAvailability } from './kvm/availability.js';

export const ROUTES: Route[] = [
  ...keystoneVersions,
  ...keystoneAuth,
  ...appCredentials,
  ...oidc,
  ...projects,
  ...unsimulatedKeystone,
  ...blazarVersions,
  ...leases,
  ...hosts,
  ...allocations,
  ...reallocation,
  ...leaseDevices,
  ...containers,
  ...properties,
  ...blazarPolicy,
  ...novaVersions,
  ...flavors,
  ...keypairs,
  ...servers,
  ...novaImages,
  ...serverActions,
  ...serverMetadata,
  ...networks,
  ...ports,
  ...floatingIps,
  ...subnets,
  ...routers,
  ...securityGroups,
  ...neutronTags,
  ...images,
  ...imageSchemas,
  ...imageChanges,
  ...sites,
  ...nodes,
  ...kvmFlavorAvailability,
  ...neutronUnsimulated,
  ...blazarUnsimulated,
];
