// The commands a live node adds to its PATH: sudo (runs the command: the image's cc has passwordless sudo),
// cloud-init (status only), and nvidia-smi on nodes whose hardware has a GPU.
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Gpu {
  model: string;
  count: number;
}

const SUDO = `#!/bin/sh
# Passwordless sudo as on Chameleon's CC images; the command runs as the simulator's user.
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; break ;;
    -u|-g|-C|-h|-p|-D|-r|-t|-U) shift 2 ;;
    -i|-s) shell=1; shift ;;
    -*) shift ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ]; then
  if [ -n "$shell" ]; then exec /bin/bash; fi
  echo "usage: sudo [-u user] command" >&2; exit 1
fi
exec "$@"
`;

const cloudInit = (statusFile: string) => `#!/bin/sh
# cloud-init status [--wait] [--long], as cloud-init prints it.
if [ "$1" != status ]; then echo "cloud-init: only 'cloud-init status' is simulated" >&2; exit 2; fi
shift
wait=; long=
for a; do case "$a" in -w|--wait) wait=1 ;; -l|--long) long=1 ;; esac; done
if [ -n "$wait" ]; then
  while [ "$(cat '${statusFile}')" = running ]; do printf .; sleep 0.2; done
  echo
fi
s=$(cat '${statusFile}')
echo "status: $s"
if [ -n "$long" ]; then echo "extended_status: $s"; echo "boot_status_code: enabled-by-generator"; fi
[ "$s" = error ] && exit 1
exit 0
`;

/** The marketing name nvidia-smi shows for a reference-API gpu_model such as "TU102GL [Quadro RTX 6000/8000]". */
export function gpuName(model: string): string {
  const inner = /\[([^\]]+)\]/.exec(model)?.[1] ?? model;
  const name = inner.replace(/\/\d+\b/, '');
  return /^(NVIDIA|Quadro|Tesla)\b/.test(name) ? name : `NVIDIA ${name}`;
}

function nvidiaSmi(gpu: Gpu): string {
  const name = gpuName(gpu.model);
  const ids = Array.from({ length: gpu.count }, (_, i) => ({ i, uuid: `GPU-${randomUUID()}` }));
  const list = ids.map(({ i, uuid }) => `GPU ${i}: ${name} (UUID: ${uuid})`).join('\n');
  const rows = ids
    .map(
      ({ i }) =>
        `|   ${i}  ${name.padEnd(24).slice(0, 24)}       Off | 00000000:${(0x3b + i).toString(16).toUpperCase()}:00.0 Off |                    0 |\n` +
        '| N/A   34C    P8              24W / 250W |      0MiB / 24576MiB |      0%      Default |',
    )
    .join('\n+-----------------------------------------+----------------------+----------------------+\n');
  const table = [
    '+---------------------------------------------------------------------------------------+',
    '| NVIDIA-SMI 535.129.03             Driver Version: 535.129.03   CUDA Version: 12.2     |',
    '|-----------------------------------------+----------------------+----------------------+',
    '| GPU  Name                 Persistence-M | Bus-Id        Disp.A | Volatile Uncorr. ECC |',
    '|=========================================+======================+======================|',
    rows,
    '+-----------------------------------------+----------------------+----------------------+',
    '| Processes:                                                                            |',
    '|  No running processes found                                                           |',
    '+---------------------------------------------------------------------------------------+',
  ].join('\n');
  return `#!/bin/sh
# A stand-in for the node's NVIDIA driver: lists and shows its ${gpu.count} GPU(s).
case "$1" in
  -L|--list-gpus) cat <<'LIST'
${list}
LIST
  ;;
  '') cat <<'TABLE'
${table}
TABLE
  ;;
  *) echo "nvidia-smi: only -L and the default view are simulated" >&2; exit 2 ;;
esac
`;
}

/** Writes the node's commands into `binDir`. */
export function writeShims(binDir: string, statusFile: string, gpu: Gpu | undefined): void {
  mkdirSync(binDir, { recursive: true });
  const put = (name: string, text: string) => {
    const file = join(binDir, name);
    writeFileSync(file, text);
    chmodSync(file, 0o755);
  };
  put('sudo', SUDO);
  put('cloud-init', cloudInit(statusFile));
  if (gpu) put('nvidia-smi', nvidiaSmi(gpu));
}
