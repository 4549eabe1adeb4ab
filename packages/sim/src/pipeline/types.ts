// What the stages of the request pipeline share: the parts of the site they use, and one request on its way.
import type { IncomingMessage } from 'node:http';
import type { Logger } from '@envboot/core';
import type { Faults } from '../faults.js';
import type { Reply, ServiceName } from '../http.js';
import type { Match, Router } from '../router.js';
import type { Stats } from '../stats.js';
import type { World } from '../world.js';

/** The parts of the site that every request uses. */
export interface SiteParts {
  /** The site's state; undefined until the server listens. */
  world: () => World | undefined;
  router: Router;
  stats: Stats;
  faults: Faults;
  log: Logger;
}

/** One request on its way through the pipeline: what arrived and where it goes. */
export interface Call {
  readonly req: IncomingMessage;
  readonly world: World;
  /** Upper case. */
  readonly method: string;
  /** Without the query string, repeated and trailing slashes removed. */
  readonly path: string;
  /** What follows the '?', or ''. */
  readonly search: string;
  readonly service: ServiceName;
  /** The route that takes the request, if any. */
  readonly match: Match | undefined;
}

/** What the pipeline answers: the reply, and the headers the service sends at the API version asked for. */
export interface Answer {
  reply: Reply;
  serviceHeaders: Record<string, string>;
}
