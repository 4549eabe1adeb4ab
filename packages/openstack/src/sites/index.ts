// The sites envboot knows: data and look-ups only (light enough for shell completion to load).
export { DEFAULT_SITE_ID, SITE_CATALOG } from './catalog.js';
export {
  defaultSiteId,
  findSite,
  siteDisplayName,
  siteForCloud,
  siteIdForCloud,
  siteIdForRegion,
  siteIds,
  simulatedSiteIds,
} from './lookup.js';
export { SIM_SITES_VARIABLE, simulatedSite, simulatedSiteUrls } from './simulated.js';
export type { Site, SiteFacts } from './types.js';
