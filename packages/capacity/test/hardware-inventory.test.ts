// The hardware filters on Chameleon's real inventories (test/fixtures/*-hardware.json: every node of each site,
// trimmed to the fields the filters read), parsed as the reference-API client parses them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  NO_HARDWARE_FILTER,
  hardwareOf,
  judgeHardware,
  type HardwareFilter,
  type Verdict,
} from '@envboot/availability';
import { reference } from '@envboot/openstack';

const SITES = ['uc', 'tacc', 'nu', 'ncar', 'nrp'] as const;

const inventory = Object.fromEntries(
  SITES.map((site) => {
    const doc = JSON.parse(
      readFileSync(new URL(`./fixtures/${site}-hardware.json`, import.meta.url), 'utf8'),
    ) as { items: Record<string, unknown>[] };
    return [site, doc.items.map(reference.nodes.parseNode)];
  }),
) as Record<(typeof SITES)[number], reference.Node[]>;

/** Per site, per verdict other than no: node type → count. */
function judged(filter: Partial<HardwareFilter>) {
  const f = { ...NO_HARDWARE_FILTER, ...filter };
  const out: Record<string, Partial<Record<Verdict, Record<string, number>>>> = {};
  for (const site of SITES) {
    for (const node of inventory[site]) {
      const verdict = judgeHardware(f, hardwareOf(node));
      if (verdict === 'no') continue;
      const byType = ((out[site] ??= {})[verdict] ??= {});
      byType[node.node_type!] = (byType[node.node_type!] ?? 0) + 1;
    }
  }
  return out;
}

describe('hardware filters on the real inventories', () => {
  it('--gpu-memory-gb 40: the A100s (80 GB at UC, 40 GB at TACC), nothing unknown', () => {
    expect(judged({ gpuMemoryGb: 40 })).toEqual({
      uc: { yes: { compute_gigaio: 7, gpu_a100_pcie: 4, gpu_a100_nvlink: 1 } },
      tacc: { yes: { compute_gigaio: 2, compute_liqid: 8 } },
    });
  });

  it('--gpu-memory-gb 16: M40s (12 or 24 GB) and the P100 named without a size are unknown, not guessed', () => {
    const tacc = judged({ gpuMemoryGb: 16 }).tacc!;
    expect(tacc.unknown).toEqual({ gpu_m40: 2, gpu_p100_nvlink: 1 });
    expect(tacc.yes).toEqual({
      compute_gigaio: 4,
      compute_liqid: 8,
      gpu_mi100: 8,
      gpu_p100: 15,
      gpu_p100_nvlink: 3,
      gpu_p100_v100: 1,
    });
  });

  it('nodes without a gpu object (NU, NCAR, NRP) have no GPU: they fail GPU filters, they are not unknown', () => {
    const any = judged({ gpus: 1 });
    expect(any.nu).toBeUndefined();
    expect(any.ncar).toBeUndefined();
    expect(any.nrp).toBeUndefined();
    expect(inventory.nu.every((n) => hardwareOf(n).gpu === null)).toBe(true);
  });

  it('--gpus 4, --gpu-vendor amd, --gpu-model "RTX 6000"', () => {
    expect(judged({ gpus: 4 })).toEqual({
      uc: { yes: { gpu_a100_nvlink: 1, gpu_a100_pcie: 4, gpu_v100: 4 } },
      tacc: { yes: { gpu_p100_nvlink: 3 } },
    });
    expect(judged({ gpuVendor: 'amd' })).toEqual({ tacc: { yes: { gpu_mi100: 8 } } });
    expect(judged({ gpuModel: 'rtx 6000' })).toEqual({ uc: { yes: { gpu_rtx_6000: 37 } } });
  });

  it('--arch aarch64: TACC compute_arm64 and NCAR arm_thunder', () => {
    expect(judged({ architecture: 'aarch64' })).toEqual({
      tacc: { yes: { compute_arm64: 8 } },
      ncar: { yes: { arm_thunder: 4 } },
    });
  });

  it('--min-ram-gb 512 --min-threads 200', () => {
    expect(judged({ minRamGb: 512, minThreads: 200 })).toEqual({
      uc: { yes: { compute_gigaio: 8, compute_nvdimm: 1, gpu_a100_nvlink: 1 } },
    });
  });
});
