// CHI@Edge: a lease with a device reservation runs containers, not servers. Each is created through the container
// service (Zun) with the reservation as its hint (Chameleon's Zun schedules nothing without one), and with --wait
// polled until Running; a container in Error stops the wait with SERVER_FAILED and Zun's reason.
import { ConflictError, NotFoundError, isoUtc, type LaunchData } from '@envboot/core';
import { formatElapsed } from '@envboot/core/cli';
import { waitFor, zun, type CloudStepContext } from '@envboot/openstack';
import { findLease } from '@envboot/leases';
import type { LaunchInput } from './input.js';
import { serverNames } from './servers.js';

const describe = (c: zun.Container) => ({
  container_id: c.id,
  name: c.name,
  status: c.status,
  status_reason: c.status_reason,
  device: c.host,
  addresses: c.addresses,
});

export async function launchContainers(input: LaunchInput, ctx: CloudStepContext): Promise<LaunchData> {
  const cloud = await ctx.cloud();
  if (!input.lease) throw new NotFoundError('no lease to launch on', { field: 'lease' });
  const lease = await findLease(cloud, input.lease);
  const device = lease.reservations.find((r) => r.resource_type === 'device');
  if (!device) {
    throw new NotFoundError(
      `lease ${lease.name} has no device reservation: CHI@Edge runs containers on devices`,
      {
        field: 'lease',
        hint: 'Reserve devices with: envboot lease-create --site edge --device-type raspberrypi4-64',
      },
    );
  }
  if (lease.status !== 'ACTIVE') {
    throw new ConflictError(
      `lease ${lease.name} is ${lease.status}, not ACTIVE: no container can run on it yet`,
      {
        field: 'lease',
        hint: `It starts at ${isoUtc(new Date(lease.start))}; wait with: envboot lease-status ${lease.id} --wait`,
        details: { lease_id: lease.id, status: lease.status },
      },
    );
  }
  const names = serverNames(input.namePrefix ?? lease.name, input.count);
  let containers = await Promise.all(
    names.map((name) =>
      zun.containers.create(cloud.zun, { name, image: input.image, reservation: device.id }),
    ),
  );
  if (input.waitSeconds !== null) {
    const started = Date.now();
    containers = await Promise.all(
      containers.map((c) =>
        waitFor(() => zun.containers.get(cloud.zun, c.id), {
          until: (x) => x.status === 'Running',
          failWhen: (x) => x.status === 'Error' && `failed: ${x.status_reason ?? 'no reason given'}`,
          failCode: 'SERVER_FAILED',
          timeoutMs: input.waitSeconds! * 1000,
          intervalMs: input.intervalSeconds * 1000,
          maxIntervalMs: 60_000,
          signal: ctx.signal,
          cloud,
          what: `container ${c.name} (${c.id})`,
          onProgress: (x) =>
            ctx.progress.update(
              `container ${x.name}: ${x.status} (${formatElapsed(Date.now() - started)})`,
              x.status,
            ),
        }),
      ),
    );
    ctx.progress.done(`${containers.length} container(s) Running`);
  }
  return {
    reservation_id: lease.id,
    lease_id: lease.id,
    host_reservation_id: device.id,
    image: input.image,
    flavor: null,
    network: null,
    servers: [],
    containers: containers.map(describe),
    wait:
      input.waitSeconds === null
        ? null
        : { timeout_seconds: input.waitSeconds, interval_seconds: input.intervalSeconds },
    dry_run: false,
  };
}
