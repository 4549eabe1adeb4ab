// The local simulator's documented identity (docs/simulator.md): what `--site sim` uses when nothing is set for it.
import type { Settings } from './env.js';

export const SIM_DEFAULT_IDENTITY: Readonly<Settings> = {
  auth_type: 'v3password',
  username: 'demo',
  password: 'demo-password',
  user_domain_name: 'Default',
  project_name: 'CHI-000000',
  project_domain_name: 'Default',
};

/** The reference API's path on the simulator's port. */
export const SIM_REFERENCE_PATH = '/reference';

/** Chameleon's resource discovery API. */
export const CHAMELEON_REFERENCE_URL = 'https://api.chameleoncloud.org';
