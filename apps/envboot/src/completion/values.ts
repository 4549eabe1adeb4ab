// The values completion offers, from files on this machine only: the sites envboot knows, the node types and lease
// names remembered from what commands printed ($XDG_CACHE_HOME/envboot/completion.json), and provision's run ids
// (the state files in $XDG_STATE_HOME/envboot/runs).
import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isErrno } from '@envboot/core/cli';
import { siteIds } from '@envboot/openstack/sites';
import { readCompletionCache, completionCacheFile, type SiteNames } from '@envboot/core/completion-cache';
import type { Values } from './complete.js';

/** Where provision keeps its runs (docs/provision.md). */
function runsDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state'), 'envboot', 'runs');
}

const RUN_FILE = /^(prov-\d{8}-\d{4}-[0-9a-f]{6})\.json$/;

export function localValues(env: NodeJS.ProcessEnv = process.env): Values {
  let cache: Record<string, SiteNames> | undefined;
  const sites = () => (cache ??= readCompletionCache(completionCacheFile(env)).sites);
  // The line's site if it names one, else every site's (the default site depends on credentials not read here).
  const of = (site: string | undefined, pick: (names: SiteNames) => string[]) => {
    const known = sites();
    const from = site ? [known[site]] : Object.values(known);
    return [...new Set(from.flatMap((names) => (names ? pick(names) : [])))];
  };
  return {
    sites: () => siteIds(),
    nodeTypes: (site) => of(site, (n) => n.node_types),
    leases: (site) => of(site, (n) => n.leases),
    runs() {
      try {
        return readdirSync(runsDir(env))
          .map((f) => RUN_FILE.exec(f)?.[1])
          .filter((id): id is string => id !== undefined)
          .sort()
          .reverse();
      } catch (err) {
        if (isErrno(err, 'ENOENT', 'ENOTDIR', 'EACCES')) return []; // no runs yet, or none this user may list
        throw err;
      }
    },
  };
}
