import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { cudaInstallFacts, cudaSetupDetector } from './cuda-setup.js';

describe('scripts that set up the CUDA stack', () => {
  it('reads the runfile installer, cuDNN archives and apt packages of the CUDA stack, with their CUDA', () => {
    const versions = (line: string) =>
      cudaInstallFacts('x.sh', 1, line, 2).map((f) => (f.type === 'cuda' ? f.version : f.type));
    expect(versions('sh cuda_10.0.130_410.48_linux.run --silent --toolkit')).toEqual(['gpu', '10.0']);
    expect(versions('tar -xzf cudnn-10.0-linux-x64-v7.5.0.56.tgz')).toEqual(['gpu', '10.0']);
    expect(versions('sudo apt-get install -y cuda-toolkit-11-8')).toEqual(['gpu', '11.8']);
    expect(versions('apt-get install --yes --no-install-recommends lambda-stack-cuda lambda-server')).toEqual(
      ['gpu'],
    );
    expect(versions('sudo apt install nvidia-driver-535')).toEqual(['gpu']);
    expect(versions('sudo dpkg -i cuda-repo-ubuntu1404_7.0-28_amd64.deb')).toEqual(['gpu', '7.0']);
    expect(versions('module load openmpi cuda/11.8')).toEqual(['gpu', '11.8']);
    expect(versions('apt-get install -y python3-dev build-essential')).toEqual([]);
  });

  it('reads shell scripts and Singularity recipes, one line of evidence a file', async () => {
    const facts = await factsOf(cudaSetupDetector, {
      'scripts/ubuntu-cuda.sh':
        '#!/bin/bash\n# apt-get install cuda\nsudo apt-get install -y \\\n  cuda-11-8\nsudo apt-get install -y nvidia-driver-535\n',
      'branson.def':
        'Bootstrap: docker\nFrom: ubuntu:18.04\n%post\n  sh cuda_10.0.130_410.48_linux.run --toolkit\n',
      'notes.def': 'not a recipe: sh cuda_10.0.130_410.48_linux.run\n',
    });
    expect(ofType(facts, 'gpu').map((g) => [g.ev.file, g.ev.line, g.ev.rule])).toEqual([
      ['branson.def', 4, 'setup.cuda-install'],
      ['scripts/ubuntu-cuda.sh', 3, 'setup.cuda-install'],
    ]);
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['10.0', '11.8']);
  });

  it("expands the script's own variables in its install lines", async () => {
    const facts = await factsOf(cudaSetupDetector, {
      'setup-deeplearn.sh':
        '#!/bin/bash\nnvidia_cuda_version="8.0.61"\nwget "http://x/cuda-repo-ubuntu1604_${nvidia_cuda_version}-1_amd64.deb"\n',
    });
    expect(ofType(facts, 'cuda').map((c) => [c.version, c.ev.line])).toEqual([['8.0', 3]]);
  });

  it('reads a script that configures a CUDA build as needing a GPU, not one that builds for the CPU', async () => {
    const facts = await factsOf(cudaSetupDetector, {
      'buildOpenCV.sh':
        '#!/bin/sh\n# This version is for CUDA 6.5\ncd build\ncmake -D CUDA_ARCH_BIN=3.2 -D CMAKE_BUILD_TYPE=RELEASE ..\n',
      'build-cpu.sh': 'cmake -DWITH_CUDA=OFF ..\n',
    });
    expect(ofType(facts, 'gpu').map((g) => [g.ev.file, g.ev.rule, g.ev.line])).toEqual([
      ['buildOpenCV.sh', 'setup.cuda-build', 4],
    ]);
  });
});
