// CHI@Edge's device reservations: `--device-type raspberrypi4-64 --count N` reserves N devices of that machine
// type ($machine_name, as Chameleon's own tests filter them).
import { UsageError } from '@envboot/core';

const MACHINE = /^[A-Za-z0-9._-]{1,64}$/;

/** The resource_properties for a machine type. */
export function deviceFilter(machine: string): string {
  if (!MACHINE.test(machine)) {
    throw new UsageError(
      `--device-type ${JSON.stringify(machine)} is not a machine type (e.g. raspberrypi4-64)`,
      {
        field: 'device-type',
      },
    );
  }
  return JSON.stringify(['==', '$machine_name', machine]);
}

/** The reservation a --device-type lease asks for: exactly `count` devices. */
export const deviceReservation = (filter: string, count: number) => ({
  resource_type: 'device' as const,
  min: count,
  max: count,
  resource_properties: filter,
});
