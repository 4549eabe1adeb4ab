// Nodes of a cluster: the seed's reference-API records, unchanged.
import { json, type Route } from '../http.js';
import { cluster, collection, referenceFail } from './sites.js';

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/reference/sites/{site}/clusters/{cluster}/nodes',
    service: 'reference',
    handler: (req, world) => {
      const { site: s, cluster: c } = req.params as { site: string; cluster: string };
      cluster(world, s, c);
      const base = `/sites/${s}/clusters/${c}`;
      return json(
        200,
        collection(
          req,
          world.seed.hosts.map((h) => h.node),
          world.seed.version,
          `${base}/nodes`,
          base,
        ),
      );
    },
  },
  {
    method: 'GET',
    path: '/reference/sites/{site}/clusters/{cluster}/nodes/{node}',
    service: 'reference',
    handler: (req, world) => {
      const {
        site: s,
        cluster: c,
        node: uid,
      } = req.params as { site: string; cluster: string; node: string };
      cluster(world, s, c);
      const node = world.seed.hosts.find((h) => h.node.uid === uid)?.node;
      if (!node) throw referenceFail(404, `Node ${s}/${c}/${uid} does not exist`);
      return json(200, node);
    },
  },
];
