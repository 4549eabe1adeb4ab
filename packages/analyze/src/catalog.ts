// Loading a site's catalog: Blazar hosts and allocations, reference-API nodes and Glance images, all four
// requests in parallel, then joined by the pure buildCatalog.
import type { Cloud } from '@envboot/openstack';
import { buildCatalog, type Catalog } from './plan/catalog.js';

export interface CatalogSource {
  cloud: Cloud;
  /** The reference API's site id (uc, tacc, …). */
  referenceSite: string;
  site: string;
  maxLeaseMinutes: number;
}

export async function loadCatalog(source: CatalogSource): Promise<Catalog> {
  const { blazar, glance, reference } = await import('@envboot/openstack');
  const { cloud } = source;
  const [hosts, allocations, nodes, images] = await Promise.all([
    blazar.hosts.list(cloud.blazar),
    blazar.allocations.list(cloud.blazar),
    reference.nodes.list(cloud.reference, source.referenceSite),
    glance.images.list(cloud.glance),
  ]);
  return buildCatalog(
    { hosts, allocations, nodes, images },
    source.site,
    cloud.clock.now(),
    source.maxLeaseMinutes,
  );
}
