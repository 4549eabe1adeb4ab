import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseFlavor } from './flavors.js';
import { parseKeypair, sameKey, toCreateBody as keypairBody } from './keypairs.js';
import { parseServer, toCreateBody } from './servers.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

describe('servers', () => {
  it('parses a server: addresses flattened with their type, dates to ISO, the fault when there is one', () => {
    expect(parseServer(fixture('server.wire.json').server)).toEqual(fixture('server.parsed.json'));
    const failed = parseServer({
      id: 's',
      status: 'ERROR',
      image: '',
      fault: {
        code: 500,
        message: 'No valid host was found. There are not enough hosts available.',
        created: '2026-11-25T20:02:00Z',
      },
    });
    expect(failed).toMatchObject({
      status: 'ERROR',
      image_id: null,
      fault: { code: 500, message: expect.stringContaining('No valid host') },
    });
  });

  it('builds the boot request with the reservation hint and base64 user data', () => {
    expect(
      toCreateBody({
        name: 'n',
        imageRef: 'i',
        flavorRef: 'f',
        networks: [{ uuid: 'net' }],
        reservation: 'r-1',
        user_data: 'hi',
      }),
    ).toEqual({
      server: {
        name: 'n',
        imageRef: 'i',
        flavorRef: 'f',
        networks: [{ uuid: 'net' }],
        min_count: 1,
        max_count: 1,
        user_data: 'aGk=',
      },
      'os:scheduler_hints': { reservation: 'r-1' },
    });
    expect(() =>
      toCreateBody({
        name: 'n',
        imageRef: 'i',
        flavorRef: 'f',
        networks: 'auto',
        user_data: 'x'.repeat(70_000),
      }),
    ).toThrow(expect.objectContaining({ field: 'user_data' }));
  });
});

describe('keypairs and flavors', () => {
  it('unwraps keypair list items and compares keys without their comments', () => {
    expect(
      parseKeypair({ name: 'k', public_key: 'ssh-ed25519 AAAA x', fingerprint: 'f', type: 'ssh' }),
    ).toEqual({
      name: 'k',
      public_key: 'ssh-ed25519 AAAA x',
      fingerprint: 'f',
      type: 'ssh',
      created_at: null,
    });
    expect(sameKey('ssh-ed25519 AAAA me@a\n', 'ssh-ed25519 AAAA me@b')).toBe(true);
    expect(sameKey('ssh-ed25519 AAAA', 'ssh-ed25519 BBBB')).toBe(false);
    expect(keypairBody({ name: 'k', public_key: 'ssh-ed25519 AAAA me\n' })).toEqual({
      keypair: { name: 'k', public_key: 'ssh-ed25519 AAAA me' },
    });
  });

  it('parses flavors with numbers sent as strings', () => {
    expect(
      parseFlavor({
        id: '1',
        name: 'baremetal',
        vcpus: '48',
        ram: 196608,
        disk: '240',
        'os-flavor-access:is_public': 'True',
        extra_specs: { 'resources:CUSTOM_BAREMETAL': 1 },
      }),
    ).toEqual({
      id: '1',
      name: 'baremetal',
      vcpus: 48,
      ram_mb: 196608,
      disk_gb: 240,
      ephemeral_gb: null,
      is_public: true,
      extra_specs: { 'resources:CUSTOM_BAREMETAL': '1' },
      description: null,
    });
  });
});
