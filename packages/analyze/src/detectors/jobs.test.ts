import { describe, expect, it } from '@jest/globals';
import { bare, factsOf, ofType } from '../../test/helpers/detect.js';
import { jobLineFacts, jobsDetector } from './jobs.js';

/** The package a launch line runs, as jobLineFacts reports it (ev aside). */
const launched = (name: string) => ({
  type: 'package',
  ecosystem: 'pypi',
  name,
  extras: [],
  version: null,
  scope: 'main',
  conditional: false,
  variant: null,
});

describe('jobs and launchers', () => {
  it.each([
    [
      '#SBATCH --gres=gpu:a100:4',
      [
        { type: 'gpu', requirement: 'required' },
        { type: 'gpu-count', count: 4 },
        { type: 'gpu-model', model: 'A100' },
      ],
    ],
    [
      '#SBATCH --gpus-per-node=2',
      [
        { type: 'gpu', requirement: 'required' },
        { type: 'gpu-count', count: 2 },
      ],
    ],
    ['#SBATCH --mem=64G', [{ type: 'memory', gb: 64 }]],
    ['#SBATCH --mem=16000', [{ type: 'memory', gb: 15.63 }]],
    ['#SBATCH --nodes=2', [{ type: 'nodes', count: 2 }]],
    [
      '#PBS -l select=1:ngpus=4:mem=64gb',
      [
        { type: 'gpu', requirement: 'required' },
        { type: 'gpu-count', count: 4 },
        { type: 'memory', gb: 64 },
      ],
    ],
    [
      'torchrun --nnodes=2 --nproc_per_node=8 train.py',
      [launched('torch'), { type: 'gpu-count', count: 8 }, { type: 'nodes', count: 2 }],
    ],
    [
      'deepspeed --num_gpus 4 train.py',
      [launched('deepspeed'), { type: 'gpu', requirement: 'required' }, { type: 'gpu-count', count: 4 }],
    ],
    [
      'accelerate launch --num_processes=2 train.py',
      [launched('accelerate'), { type: 'gpu-count', count: 2 }],
    ],
    ['deepspeed --module openrlhf.cli.train_sft \\', [launched('deepspeed')]],
    [
      "CUDA_VISIBLE_DEVICES='0,1' python -m torch.distributed.launch --nproc_per_node=2 train.py",
      [
        launched('torch'),
        { type: 'gpu-count', count: 2 },
        { type: 'gpu', requirement: 'required' },
        { type: 'gpu-count', count: 2 },
      ],
    ],
    ['pip install deepspeed', []],
    [
      'CUDA_VISIBLE_DEVICES=0,1 python train.py',
      [
        { type: 'gpu', requirement: 'required' },
        { type: 'gpu-count', count: 2 },
      ],
    ],
    ['# torchrun --nproc_per_node=8', []],
    // The script's own GPU count: as many GPUs, or none.
    [
      'python run.py with data_root=/data num_gpus=8 num_nodes=1 task_mlm_itm',
      [
        { type: 'gpu', requirement: 'required' },
        { type: 'gpu-count', count: 8 },
      ],
    ],
    [
      'python translation.py --base x.yaml -t --gpus 0,1,2,3 --precision 16',
      [
        { type: 'gpu', requirement: 'required' },
        { type: 'gpu-count', count: 4 },
      ],
    ],
    [
      'python demo.py with num_gpus=0 load_path=weights/vilt.ckpt',
      [{ type: 'gpu', requirement: 'optional' }],
    ],
    // A lone --gpus N may be a GPU's id.
    ['python train.py --gpus 1', []],
  ])('%s', (line, expected) => {
    expect(bare(jobLineFacts('run.sh', 1, line))).toEqual(expected);
  });

  it('reads a README command continued over lines ending in a backslash as one, at its first line', async () => {
    const facts = await factsOf(jobsDetector, {
      'README.md':
        '# x\n\n```shell\npython train_net.py \\\n      --num-gpus 8 \\\n      --config configs/sup1.yaml\n```\n',
    });
    expect(ofType(facts, 'gpu-count').map((f) => [f.count, f.ev.line])).toEqual([[8, 4]]);
  });

  it('reads launch lines in README code blocks and GPU runners in CI', async () => {
    const facts = await factsOf(jobsDetector, {
      'README.md':
        '# x\n\nRun torchrun --nproc_per_node=8 in prose.\n\n```bash\ntorchrun --nproc_per_node=2 train.py\n```\n',
      '.github/workflows/ci.yml': 'jobs:\n  test:\n    runs-on: [self-hosted, gpu]\n',
    });
    expect(ofType(facts, 'gpu-count')).toEqual([
      expect.objectContaining({ count: 2, ev: expect.objectContaining({ line: 6 }) }),
    ]);
    expect(ofType(facts, 'gpu')).toEqual([
      expect.objectContaining({ ev: expect.objectContaining({ rule: 'ci.gpu-runner', line: 3 }) }),
    ]);
  });
});
