/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Neutron over HTTP: security groups and rules, and the default group every project has.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeEach(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterEach(() => sim.close());

describe('security groups', () => {
  it('gives every project a default group: all egress, ingress from its own members', async () => {
    const groups = (await c.get('/network/v2.0/security-groups')).body.security_groups;
    expect(groups.map((g: any) => g.name)).toEqual(['default']);
    const rules = groups[0].security_group_rules.map((r: any) => [
      r.direction,
      r.ethertype,
      r.remote_group_id,
    ]);
    expect(rules.sort()).toEqual(
      [
        ['egress', 'IPv4', null],
        ['egress', 'IPv6', null],
        ['ingress', 'IPv4', groups[0].id],
        ['ingress', 'IPv6', groups[0].id],
      ].sort(),
    );
    const del = await c.del(`/network/v2.0/security-groups/${groups[0].id}`);
    expect(del.status).toBe(409);
    expect(del.body.NeutronError.type).toBe('SecurityGroupCannotRemoveDefault');
    expect((await c.get('/network/v2.0/security-groups')).body.security_groups).toHaveLength(1);
  });

  it('creates, renames and deletes a group; adds and removes a rule', async () => {
    const made = await c.post('/network/v2.0/security-groups', {
      security_group: { name: 'ssh', description: 'd' },
    });
    expect(made.status).toBe(201);
    const g = made.body.security_group;
    expect(g.security_group_rules.map((r: any) => r.direction)).toEqual(['egress', 'egress']);
    const renamed = await c.put(`/network/v2.0/security-groups/${g.id}`, {
      security_group: { name: 'ssh2' },
    });
    expect(renamed.body.security_group).toMatchObject({ name: 'ssh2', revision_number: 2 });

    const rule = {
      security_group_id: g.id,
      direction: 'ingress',
      protocol: 'tcp',
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: '0.0.0.0/0',
    };
    const added = await c.post('/network/v2.0/security-group-rules', { security_group_rule: rule });
    expect(added.status).toBe(201);
    expect(added.body.security_group_rule).toMatchObject({
      ...rule,
      ethertype: 'IPv4',
      security_group_id: g.id,
    });
    const dup = await c.post('/network/v2.0/security-group-rules', { security_group_rule: rule });
    expect(dup.status).toBe(409);
    expect(dup.body.NeutronError.message).toBe(
      `Security group rule already exists. Rule id is ${added.body.security_group_rule.id}.`,
    );
    const listed = (await c.get(`/network/v2.0/security-group-rules?security_group_id=${g.id}`)).body
      .security_group_rules;
    expect(listed).toHaveLength(3);
    const id = added.body.security_group_rule.id;
    expect((await c.del(`/network/v2.0/security-group-rules/${id}`)).status).toBe(204);
    const gone = await c.del(`/network/v2.0/security-group-rules/${id}`);
    expect(gone.body).toEqual({
      NeutronError: {
        type: 'SecurityGroupRuleNotFound',
        message: `Security group rule ${id} does not exist`,
        detail: '',
      },
    });
    expect((await c.del(`/network/v2.0/security-groups/${g.id}`)).status).toBe(204);
    expect((await c.get(`/network/v2.0/security-groups/${g.id}`)).status).toBe(404);
  });

  it('refuses a rule with a bad direction and a group named default', async () => {
    const groups = (await c.get('/network/v2.0/security-groups')).body.security_groups;
    const bad = await c.post('/network/v2.0/security-group-rules', {
      security_group_rule: { security_group_id: groups[0].id, direction: 'sideways' },
    });
    expect(bad.status).toBe(400);
    const dup = await c.post('/network/v2.0/security-groups', { security_group: { name: 'default' } });
    expect(dup.status).toBe(409);
  });
});
