// Key pairs (os-keypairs), per user: create with a public key or have one generated (below microversion 2.92),
// list (each item wrapped in {"keypair": …}), show, delete.
import { apiDate } from '../dates.js';
import { empty, isObject, json, ReplyError, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { novaError, novaFail } from './errors.js';
import { fingerprint, generateKeypair } from './sshkeys.js';
import type { Keypair } from './state.js';
import { mv } from './versions.js';

const NAME = /^[A-Za-z0-9 _.@-]{1,255}$/;

function find(req: SimRequest, world: World): Keypair {
  const name = req.params.keypair_name!;
  const k = world.nova.keypairs.get(world.nova.keypairKey(req.auth!.userId, name));
  if (!k) throw novaFail(404, `Keypair ${name} not found for user ${req.auth!.userId}`);
  return k;
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/compute/v2.1/os-keypairs',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const v = req.microversion!;
      const keypairs = [...world.nova.keypairs.values()]
        .filter((k) => k.userId === req.auth!.userId)
        .map((k) => ({
          keypair: {
            name: k.name,
            public_key: k.publicKey,
            fingerprint: k.fingerprint,
            ...(v >= mv('2.2') ? { type: k.type } : {}),
          },
        }));
      return json(200, { keypairs });
    },
  },
  {
    method: 'POST',
    path: '/compute/v2.1/os-keypairs',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const v = req.microversion!;
      let doc: unknown;
      try {
        doc = JSON.parse(req.body);
      } catch {
        throw novaFail(400, 'Malformed request body');
      }
      const kp = isObject(doc) ? doc.keypair : undefined;
      if (!isObject(kp) || typeof kp.name !== 'string') {
        throw novaFail(
          400,
          "Invalid input for field/attribute keypair. Value: None. 'name' is a required property",
        );
      }
      if (!NAME.test(kp.name))
        throw novaFail(400, 'Keypair data is invalid: Keypair name contains unsafe characters');
      const type = kp.type === undefined ? 'ssh' : kp.type;
      if (type !== 'ssh')
        throw novaFail(
          400,
          `Keypair data is invalid: keypairs of type ${String(type)} are not supported here`,
        );
      const userId = req.auth!.userId;
      if (world.nova.keypairs.has(world.nova.keypairKey(userId, kp.name))) {
        throw new ReplyError(novaError(409, `Key pair '${kp.name}' already exists.`));
      }
      let publicKey: string;
      let privateKey: string | undefined;
      let print: string | undefined;
      if (typeof kp.public_key === 'string') {
        publicKey = kp.public_key;
        print = fingerprint(publicKey);
        if (!print) throw novaFail(400, 'Keypair data is invalid: failed to generate fingerprint');
      } else if (v >= mv('2.92')) {
        throw novaFail(
          400,
          "Invalid input for field/attribute keypair. Value: {...}. 'public_key' is a required property",
        );
      } else {
        const generated = generateKeypair(`Generated-by-Nova`);
        publicKey = generated.publicKey;
        privateKey = generated.privateKey;
        print = generated.fingerprint;
      }
      const k = world.nova.addKeypair({
        name: kp.name,
        userId,
        publicKey,
        fingerprint: print,
        type,
        createdAt: req.now,
      });
      world.changed();
      return json(v >= mv('2.2') ? 201 : 200, {
        keypair: {
          name: k.name,
          public_key: k.publicKey,
          fingerprint: k.fingerprint,
          user_id: userId,
          ...(v >= mv('2.2') ? { type: k.type } : {}),
          ...(privateKey ? { private_key: privateKey } : {}),
        },
      });
    },
  },
  {
    method: 'GET',
    path: '/compute/v2.1/os-keypairs/{keypair_name}',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const k = find(req, world);
      return json(200, {
        keypair: {
          name: k.name,
          public_key: k.publicKey,
          fingerprint: k.fingerprint,
          user_id: k.userId,
          created_at: apiDate(k.createdAt).replace('Z', '.000000'),
          deleted: false,
          deleted_at: null,
          updated_at: null,
          id: k.id,
          ...(req.microversion! >= mv('2.2') ? { type: k.type } : {}),
        },
      });
    },
  },
  {
    method: 'DELETE',
    path: '/compute/v2.1/os-keypairs/{keypair_name}',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const k = find(req, world);
      world.nova.keypairs.delete(world.nova.keypairKey(k.userId, k.name));
      world.changed();
      return empty(req.microversion! >= mv('2.2') ? 204 : 202);
    },
  },
];
