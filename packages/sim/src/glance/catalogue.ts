// The images of the simulated site: Chameleon's supported images (CC-*, with the build-repo property that marks
// them) for each Ubuntu release in base, CUDA and ARM64 variants and more, a few public images made by users,
// one community image, one hidden older build and one private snapshot of the simulated project.
import { createHash } from 'node:crypto';
import { stableHex, stableUuid } from '../ids.js';

export interface Image {
  id: string;
  name: string;
  status: 'active' | 'deactivated';
  visibility: 'public' | 'private' | 'shared' | 'community';
  os_hidden: boolean;
  owner: string;
  size: number;
  created: number;
  tags: string[];
  properties: Record<string, string>;
}

const CC_REPO = 'https://github.com/ChameleonCloud/cc-images';
const ADMIN = stableHex('project:admin');

interface Spec {
  name: string;
  distro: 'ubuntu' | 'centos';
  version: string;
  codename: string;
  variant: 'base' | 'gpu' | 'arm64' | 'rocm' | 'vgpu';
  date: string;
}

const SUPPORTED: Spec[] = [
  ...(
    [
      ['26.04', 'resolute', '2026-05-10'],
      ['24.04', 'noble', '2025-09-18'],
      ['22.04', 'jammy', '2025-09-18'],
    ] as const
  ).flatMap(([version, codename, date]) => [
    {
      name: `CC-Ubuntu${version}`,
      distro: 'ubuntu' as const,
      version,
      codename,
      variant: 'base' as const,
      date,
    },
    {
      name: `CC-Ubuntu${version}-CUDA`,
      distro: 'ubuntu' as const,
      version,
      codename,
      variant: 'gpu' as const,
      date,
    },
    {
      name: `CC-Ubuntu${version}-ARM64`,
      distro: 'ubuntu' as const,
      version,
      codename,
      variant: 'arm64' as const,
      date,
    },
  ]),
  {
    name: 'CC-Ubuntu24.04-ROCm',
    distro: 'ubuntu',
    version: '24.04',
    codename: 'noble',
    variant: 'rocm',
    date: '2025-09-18',
  },
  {
    name: 'CC-Ubuntu24.04-CUDA-VGPU',
    distro: 'ubuntu',
    version: '24.04',
    codename: 'noble',
    variant: 'vgpu',
    date: '2025-09-18',
  },
  {
    name: 'CC-Ubuntu20.04',
    distro: 'ubuntu',
    version: '20.04',
    codename: 'focal',
    variant: 'base',
    date: '2024-06-02',
  },
  {
    name: 'CC-CentOS-Stream9',
    distro: 'centos',
    version: '9',
    codename: 'stream9',
    variant: 'base',
    date: '2025-08-30',
  },
  {
    name: 'CC-Centos9-Stream',
    distro: 'centos',
    version: '9',
    codename: 'stream9',
    variant: 'base',
    date: '2024-11-02',
  },
];

const USER_IMAGES = [
  'chi-jupyter-ubuntu22.04',
  'pytorch-2.4-cuda12-ubuntu22.04',
  'tensorflow-2.16-cuda12-ubuntu22.04',
  'ray-cluster-ubuntu22.04',
  'kubernetes-node-ubuntu22.04',
  'docker-ubuntu22.04',
  'openmpi-ubuntu22.04',
  'slurm-ubuntu22.04',
  'spack-ubuntu22.04',
  'ros2-humble-ubuntu22.04',
  'ceph-ubuntu22.04',
  'jupyterhub-ubuntu24.04',
];

const size = (name: string) =>
  2_000_000_000 + (parseInt(createHash('md5').update(name).digest('hex').slice(0, 6), 16) % 3_000_000_000);

function supported(s: Spec): Image {
  const arch = s.variant === 'arm64' ? 'aarch64' : 'x86_64';
  return {
    id: stableUuid(`image:${s.name}`),
    name: s.name,
    status: 'active',
    visibility: 'public',
    os_hidden: false,
    owner: ADMIN,
    size: size(s.name),
    created: Date.parse(`${s.date}T12:00:00Z`),
    tags: [],
    properties: {
      'build-repo': CC_REPO,
      'build-repo-commit': stableHex(`commit:${s.name}`).slice(0, 40),
      'build-tag': `${s.distro}-${s.codename}-${s.variant}-${s.date.replace(/-/g, '')}`,
      'build-variant': s.variant,
      'build-os': `${s.distro}-${s.codename}`,
      'build-timestamp': String(Date.parse(`${s.date}T12:00:00Z`) / 1000),
      os_type: 'linux',
      os_distro: s.distro,
      os_version: s.version,
      architecture: arch,
      hw_architecture: arch,
      ...(s.variant === 'gpu' || s.variant === 'vgpu'
        ? { 'build-cuda-version': s.version === '20.04' ? '11.8' : '12.6' }
        : {}),
      ...(s.variant === 'rocm' ? { 'build-rocm-version': '6.2' } : {}),
    },
  };
}

export function buildImages(projectId: string): Image[] {
  const user = (name: string, i: number): Image => ({
    id: stableUuid(`image:${name}`),
    name,
    status: 'active',
    visibility: 'public',
    os_hidden: false,
    owner: stableHex(`project:user-image-${i % 4}`),
    size: size(name),
    created: Date.parse('2025-03-01T09:00:00Z') + i * 86_400_000,
    tags: [],
    properties: {
      os_type: 'linux',
      os_distro: 'ubuntu',
      os_version: name.includes('24.04') ? '24.04' : '22.04',
      architecture: 'x86_64',
    },
  });
  return [
    ...SUPPORTED.map(supported),
    ...USER_IMAGES.map(user),
    {
      ...supported(SUPPORTED.find((s) => s.name === 'CC-Ubuntu22.04')!),
      id: stableUuid('image:CC-Ubuntu22.04-20240101'),
      name: 'CC-Ubuntu22.04-20240101',
      os_hidden: true,
      created: Date.parse('2024-01-01T12:00:00Z'),
    },
    { ...user('ubuntu-22.04-community-build', 20), visibility: 'community' },
    { ...user('demo-snapshot', 21), visibility: 'private', owner: projectId, tags: ['snapshot'] },
  ];
}
