// Security groups and their rules. Every project has a group named default (all egress, ingress from its own
// members), made the first time the project looks at its groups; it cannot be renamed or deleted. A new group
// starts with the two egress rules. Bare-metal sites ignore them, but Chameleon's clients and tests make them.
import { apiDate } from '../dates.js';
import { empty, json, type Route, type SimRequest } from '../http.js';
import { uuid } from '../ids.js';
import type { World } from '../world.js';
import { neutronFail } from './errors.js';
import { filterItems } from './query.js';
import { bodyOf, newStandard, optionalString, owns, standardFields, touch } from './resource.js';
import type { SecurityGroup, SecurityGroupRule } from './state.js';

function renderRule(world: World, r: SecurityGroupRule): Record<string, unknown> {
  return {
    id: r.id,
    security_group_id: r.groupId,
    direction: r.direction,
    ethertype: r.ethertype,
    protocol: r.protocol,
    port_range_min: r.portMin,
    port_range_max: r.portMax,
    remote_ip_prefix: r.remoteIpPrefix,
    remote_group_id: r.remoteGroupId,
    remote_address_group_id: null,
    normalized_cidr: r.remoteIpPrefix,
    belongs_to_default_sg: world.neutron.securityGroups.get(r.groupId)?.name === 'default',
    description: r.description,
    tenant_id: r.projectId,
    project_id: r.projectId,
    tags: [],
    created_at: apiDate(r.created),
    updated_at: apiDate(r.created),
    revision_number: 0,
  };
}

function renderGroup(world: World, g: SecurityGroup): Record<string, unknown> {
  return {
    id: g.id,
    name: g.name,
    stateful: g.stateful,
    shared: false,
    security_group_rules: world.neutron.rulesOf(g.id).map((r) => renderRule(world, r)),
    ...standardFields(g),
  };
}

/** The caller's groups, their default one included. */
function groupsOf(req: SimRequest, world: World): SecurityGroup[] {
  world.neutron.defaultSecurityGroup(req.auth!.projectId!, req.now);
  return [...world.neutron.securityGroups.values()].filter((g) => owns(req, g));
}

function ownGroup(req: SimRequest, world: World, id: string): SecurityGroup {
  const g = groupsOf(req, world).find((x) => x.id === id);
  if (!g) throw neutronFail(404, 'SecurityGroupNotFound', `Security group ${id} does not exist`);
  return g;
}

function ownRule(req: SimRequest, world: World, id: string): SecurityGroupRule {
  const r = world.neutron.securityGroupRules.get(id);
  if (!r || !owns(req, r))
    throw neutronFail(404, 'SecurityGroupRuleNotFound', `Security group rule ${id} does not exist`);
  return r;
}

function oneOf<T extends string>(
  b: Record<string, unknown>,
  field: string,
  allowed: readonly T[],
  fallback?: T,
): T {
  const v = b[field] ?? fallback;
  const found = allowed.find((a) => a === v);
  if (found === undefined)
    throw neutronFail(
      400,
      'BadRequest',
      `Invalid input for ${field}. Reason: '${String(v)}' is not in ['${allowed.join("', '")}'].`,
    );
  return found;
}

function portOf(b: Record<string, unknown>, field: string): number | null {
  const v = b[field];
  if (v === undefined || v === null) return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw neutronFail(
      400,
      'BadRequest',
      `Invalid input for ${field}. Reason: '${String(v)}' is not a valid port number.`,
    );
  return n;
}

function newRule(req: SimRequest, world: World): SecurityGroupRule {
  const b = bodyOf(req, 'security_group_rule');
  if (typeof b.security_group_id !== 'string')
    throw neutronFail(400, 'BadRequest', "Invalid input for operation: 'security_group_id' is required.");
  const group = ownGroup(req, world, b.security_group_id);
  const protocol = b.protocol === undefined || b.protocol === null ? null : String(b.protocol).toLowerCase();
  const values: Omit<SecurityGroupRule, 'id'> = {
    groupId: group.id,
    projectId: group.projectId,
    direction: oneOf(b, 'direction', ['ingress', 'egress'] as const),
    ethertype: oneOf(b, 'ethertype', ['IPv4', 'IPv6'] as const, 'IPv4'),
    protocol,
    portMin: portOf(b, 'port_range_min'),
    portMax: portOf(b, 'port_range_max'),
    remoteIpPrefix: optionalString(b, 'remote_ip_prefix') ?? null,
    remoteGroupId: optionalString(b, 'remote_group_id') ?? null,
    description: optionalString(b, 'description') ?? '',
    created: req.now,
  };
  if (values.portMin !== null && values.portMax !== null && values.portMin > values.portMax)
    throw neutronFail(
      400,
      'SecurityGroupInvalidPortRange',
      'For TCP/UDP protocols, port_range_min must be <= port_range_max',
    );
  if (values.remoteGroupId) ownGroup(req, world, values.remoteGroupId);
  const same = world.neutron
    .rulesOf(group.id)
    .find((r) =>
      (
        [
          'direction',
          'ethertype',
          'protocol',
          'portMin',
          'portMax',
          'remoteIpPrefix',
          'remoteGroupId',
        ] as const
      ).every((k) => r[k] === values[k]),
    );
  if (same)
    throw neutronFail(
      409,
      'SecurityGroupRuleExists',
      `Security group rule already exists. Rule id is ${same.id}.`,
    );
  return world.neutron.addRule(values);
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/network/v2.0/security-groups',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const groups = groupsOf(req, world).map((g) => renderGroup(world, g));
      return json(200, { security_groups: filterItems(groups, req.query) });
    },
  },
  {
    method: 'GET',
    path: '/network/v2.0/security-groups/{security_group_id}',
    service: 'network',
    auth: true,
    handler: (req, world) =>
      json(200, { security_group: renderGroup(world, ownGroup(req, world, req.params.security_group_id!)) }),
  },
  {
    method: 'POST',
    path: '/network/v2.0/security-groups',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const b = bodyOf(req, 'security_group');
      const name = optionalString(b, 'name') ?? '';
      groupsOf(req, world);
      if (name === 'default')
        throw neutronFail(409, 'SecurityGroupDefaultAlreadyExists', 'Default security group already exists.');
      const group: SecurityGroup = {
        id: uuid(),
        name,
        stateful: b.stateful !== false,
        ...newStandard(req, b),
      };
      world.neutron.securityGroups.set(group.id, group);
      for (const ethertype of ['IPv4', 'IPv6'] as const) {
        world.neutron.addRule({
          groupId: group.id,
          projectId: group.projectId,
          direction: 'egress',
          ethertype,
          protocol: null,
          portMin: null,
          portMax: null,
          remoteIpPrefix: null,
          remoteGroupId: null,
          description: '',
          created: req.now,
        });
      }
      world.changed();
      return json(201, { security_group: renderGroup(world, group) });
    },
  },
  {
    method: 'PUT',
    path: '/network/v2.0/security-groups/{security_group_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const g = ownGroup(req, world, req.params.security_group_id!);
      const b = bodyOf(req, 'security_group');
      const name = optionalString(b, 'name');
      const description = optionalString(b, 'description');
      if (g.name === 'default' && name !== undefined && name !== 'default')
        throw neutronFail(
          409,
          'SecurityGroupCannotUpdateDefault',
          'Updating default security group not allowed.',
        );
      if (name !== undefined) g.name = name;
      if (description !== undefined) g.description = description;
      touch(g, req.now);
      world.changed();
      return json(200, { security_group: renderGroup(world, g) });
    },
  },
  {
    method: 'DELETE',
    path: '/network/v2.0/security-groups/{security_group_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const g = ownGroup(req, world, req.params.security_group_id!);
      if (g.name === 'default')
        throw neutronFail(
          409,
          'SecurityGroupCannotRemoveDefault',
          'Insufficient rights for removing default security group.',
        );
      for (const r of world.neutron.rulesOf(g.id)) world.neutron.securityGroupRules.delete(r.id);
      world.neutron.securityGroups.delete(g.id);
      world.changed();
      return empty(204);
    },
  },
  {
    method: 'GET',
    path: '/network/v2.0/security-group-rules',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const rules = groupsOf(req, world).flatMap((g) => world.neutron.rulesOf(g.id));
      return json(200, {
        security_group_rules: filterItems(
          rules.map((r) => renderRule(world, r)),
          req.query,
        ),
      });
    },
  },
  {
    method: 'GET',
    path: '/network/v2.0/security-group-rules/{rule_id}',
    service: 'network',
    auth: true,
    handler: (req, world) =>
      json(200, { security_group_rule: renderRule(world, ownRule(req, world, req.params.rule_id!)) }),
  },
  {
    method: 'POST',
    path: '/network/v2.0/security-group-rules',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const rule = newRule(req, world);
      world.changed();
      return json(201, { security_group_rule: renderRule(world, rule) });
    },
  },
  {
    method: 'DELETE',
    path: '/network/v2.0/security-group-rules/{rule_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      world.neutron.securityGroupRules.delete(ownRule(req, world, req.params.rule_id!).id);
      world.changed();
      return empty(204);
    },
  },
];
