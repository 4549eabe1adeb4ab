// CHI@Edge's devices. The real inventory is enrolled by users and not published, so data/edge-devices.json is a
// plausible one, made up: Raspberry Pi 4 and 5 boards and Jetson Nanos, with the properties device reservations
// filter on ($machine_name, $model, $name, $uid, …). Blazar device ids are small numbers, in file order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../seed.js';
import type { Filterable } from '../blazar/filter.js';

interface DeviceRecord {
  name: string;
  uid: string;
  device_type: string;
  device_driver: string;
  machine_name: string;
  model: string;
  vendor: string;
  platform_version: string;
}

export interface Device extends Filterable {
  id: string;
  name: string;
  uid: string;
}

let devices: Device[] | undefined;

/** The devices, read once: columns (name, device_type, device_driver, reservable) and extra capabilities. */
export function edgeDevices(): Device[] {
  if (!devices) {
    const file = JSON.parse(readFileSync(join(dataDir(), 'edge-devices.json'), 'utf8')) as {
      devices: DeviceRecord[];
    };
    devices = file.devices.map((d, i) => ({
      id: String(i + 1),
      name: d.name,
      uid: d.uid,
      columns: { name: d.name, device_type: d.device_type, device_driver: d.device_driver, reservable: true },
      caps: {
        uid: d.uid,
        machine_name: d.machine_name,
        model: d.model,
        vendor: d.vendor,
        platform_version: d.platform_version,
      },
    }));
  }
  return devices;
}

/** The property names a device filter may use. */
export const deviceKeys = (): Set<string> =>
  new Set(edgeDevices().flatMap((d) => [...Object.keys(d.columns), ...Object.keys(d.caps)]));
