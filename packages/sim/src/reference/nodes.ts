// Nodes of a served site's cluster: its seed's reference-API records, unchanged (as each site serves them).
import { json, type Route } from '../http.js';
import { cluster, collection, referenceFail, servedSeed } from './sites.js';

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/reference/sites/{site}/clusters/{cluster}/nodes',
    service: 'reference',
    handler: (req, world) => {
      const { site: s, cluster: c } = req.params as { site: string; cluster: string };
      cluster(world, s, c);
      const seed = servedSeed(world, s)!;
      const base = `/sites/${s}/clusters/${c}`;
      return json(
        200,
        collection(
          req,
          seed.hosts.map((h) => h.node),
          seed.version,
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
      const node = servedSeed(world, s)!.hosts.find((h) => h.node.uid === uid)?.node;
      if (!node) throw referenceFail(404, `Node ${s}/${c}/${uid} does not exist`);
      return json(200, node);
    },
  },
];
