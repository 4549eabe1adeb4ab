import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { linkedGuides } from './guides.js';
import { installDetector } from './install.js';
import { jobsDetector } from './jobs.js';
import { readmeDetector } from './readme.js';
import { Tree } from './tree.js';

const tree = (...paths: string[]) => new Tree(paths.map((path) => ({ path, size: 1 })));

describe('guides the README links to', () => {
  const repo = tree(
    'README.md',
    'INSTALL.md',
    'classification/README.md',
    'classification/INSTALL.md',
    'classification/main.py',
    'docs/get_started.md',
    'docs/faq.md',
  );

  it('finds the install and get-started guides a README links to: files, and a folder’s README and INSTALL', () => {
    const readme = [
      'Please follow [get_started_for_image_classification](./classification) to get started.',
      'See [INSTALL.md](INSTALL.md) and [the guide](docs/get_started.md#conda).',
      'Questions? Read the [FAQ](docs/faq.md), or the [docs](https://example.org/install).',
      '[Installation](#installation) is below; [setup](../outside/INSTALL.md) is not ours.',
    ].join('\n');
    expect(linkedGuides(repo, 'README.md', readme)).toEqual([
      'classification/README.md',
      'classification/INSTALL.md',
      'INSTALL.md',
      'docs/get_started.md',
    ]);
  });

  it('resolves a link from a guide in a folder against that folder, and keeps malformed escapes as written', () => {
    expect(linkedGuides(repo, 'classification/README.md', 'See [INSTALL](./INSTALL.md).')).toEqual([
      'classification/INSTALL.md',
    ]);
    expect(linkedGuides(repo, 'README.md', 'See [install](docs/%E0%A4%A.md).')).toEqual([]);
    expect(linkedGuides(repo, 'README.md', 'See [install](docs/%E0%A4.md).')).toEqual([]);
    const spaced = tree('README.md', 'docs/Getting Started.md');
    expect(linkedGuides(spaced, 'README.md', 'See [the guide](docs/Getting%20Started.md).')).toEqual([
      'docs/Getting Started.md',
    ]);
  });

  it("reads what the linked guides say as the README's own: versions, install commands, launch lines", async () => {
    const files = {
      'README.md': '# FocalNet\n\n* Please follow [get_started](./classification) to train a classifier.\n',
      'classification/README.md':
        '## Training\n\n```bash\npython -m torch.distributed.launch --nproc_per_node 8 main.py --cfg x.yaml\n```\n',
      'classification/INSTALL.md':
        '- Install `CUDA==10.1` with `cudnn7`.\n\n```bash\nconda create -n focal python=3.7 -y\nconda install pytorch==1.7.1 torchvision==0.8.2 cudatoolkit=10.1 -c pytorch\n```\n',
    };
    const readme = await factsOf(readmeDetector, files);
    expect(ofType(readme, 'cuda').map((c) => [c.version, c.ev.file])).toEqual([
      ['10.1', 'classification/INSTALL.md'],
    ]);
    const install = await factsOf(installDetector, files);
    expect(ofType(install, 'runtime').map((r) => [r.version, r.ev.file])).toEqual([
      ['3.7', 'classification/INSTALL.md'],
    ]);
    const jobs = await factsOf(jobsDetector, files);
    expect(ofType(jobs, 'gpu-count').map((c) => [c.count, c.ev.file])).toEqual([
      [8, 'classification/README.md'],
    ]);
  });
});
