// KVM@TACC's flavors (data/kvm-flavors.json: the listing in Chameleon's docs) and its hypervisors. Chameleon does not
// publish KVM@TACC's hypervisor inventory, so a plausible one is made up here and said to be so in
// docs/simulator.md: general hosts for the m1 flavors, and H100 hosts each holding two g1.h100.pci.1 instances.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../seed.js';
import type { Flavor } from '../nova/flavors.js';

interface FlavorFile {
  flavors: Array<{ id: string; name: string; ram: number; disk: number; vcpus: number }>;
}

/** Flavors with a GPU take one passthrough device each (the name says which: g1.h100.pci.N). */
export const gpusOf = (f: Pick<Flavor, 'name'>): number => {
  const m = /^g1\.h100\.pci\.(\d+)$/.exec(f.name);
  return m ? Number(m[1]) : 0;
};

let flavors: Flavor[] | undefined;

/** The public flavors of KVM@TACC, read once. */
export function kvmFlavors(): Flavor[] {
  if (!flavors) {
    const file = JSON.parse(readFileSync(join(dataDir(), 'kvm-flavors.json'), 'utf8')) as FlavorFile;
    flavors = file.flavors.map((f) => {
      const extra: Record<string, string> = {};
      if (gpusOf(f)) extra['pci_passthrough:alias'] = `h100:${gpusOf(f)}`;
      return { id: f.id, name: f.name, ram: f.ram, disk: f.disk, vcpus: f.vcpus, extra_specs: extra };
    });
  }
  return flavors;
}

export interface Hypervisor {
  name: string;
  vcpus: number;
  ram: number;
  gpus: number;
}

/** The made-up hypervisors: 12 general hosts (96 vCPUs, 384 GiB), 4 H100 hosts (96 vCPUs, 500,000 MiB, 2 GPUs). */
export const HYPERVISORS: Hypervisor[] = [
  ...Array.from({ length: 12 }, (_, i) => ({
    name: `kvm-c${String(i + 1).padStart(2, '0')}`,
    vcpus: 96,
    ram: 393_216,
    gpus: 0,
  })),
  ...Array.from({ length: 4 }, (_, i) => ({
    name: `kvm-h100-${String(i + 1).padStart(2, '0')}`,
    vcpus: 96,
    ram: 500_000,
    gpus: 2,
  })),
];
