// Loading a site's catalog: Blazar hosts and allocations, reference-API nodes and Glance images, all four
// requests in parallel, then joined by the pure buildCatalog.
import type { Cloud } from '@envboot/openstack';
import { buildCatalog, type Catalog, type RawCatalog } from './plan/catalog.js';

export interface CatalogSource {
  cloud: Cloud;
  /** The reference API's site id (uc, tacc, …). */
  referenceSite: string;
  site: string;
  maxLeaseMinutes: number;
}

/** What a catalog is made of: Blazar's hosts and allocations, the reference API's nodes, Glance's images, read in parallel. */
export async function readSiteRecords(cloud: Cloud, referenceSite: string): Promise<RawCatalog> {
  const { blazar, glance, reference } = await import('@envboot/openstack');
  const [hosts, allocations, nodes, images] = await Promise.all([
    blazar.hosts.list(cloud.blazar),
    blazar.allocations.list(cloud.blazar),
    reference.nodes.list(cloud.reference, referenceSite),
    glance.images.list(cloud.glance),
  ]);
  return { hosts, allocations, nodes, images };
}

export async function loadCatalog(source: CatalogSource): Promise<Catalog> {
  const { cloud } = source;
  const raw = await readSiteRecords(cloud, source.referenceSite);
  return buildCatalog(raw, source.site, cloud.clock.now(), source.maxLeaseMinutes);
}
