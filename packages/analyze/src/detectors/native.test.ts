import { describe, expect, it } from '@jest/globals';
import { factsOf } from '../../test/helpers/detect.js';
import { nativeLibrary } from '../knowledge/catalog.js';
import { nativeDetector } from './native.js';

const packages = async (files: Record<string, string>) =>
  (await factsOf(nativeDetector, files)).flatMap((f) =>
    f.type === 'package' ? [{ name: f.name, version: f.version, scope: f.scope, rule: f.ev.rule }] : [],
  );

describe('C and C++ libraries a build links', () => {
  it("reads CMake's find_package, pkg_check_modules and FetchContent, known libraries only", async () => {
    const found = await packages({
      'CMakeLists.txt': [
        'cmake_minimum_required(VERSION 3.16)',
        'project(tool CXX)',
        'find_package(Threads REQUIRED)',
        'find_package(Boost 1.70 REQUIRED COMPONENTS system filesystem)',
        'find_package(Eigen3 3.3 REQUIRED NO_MODULE)',
        'find_package(MyOwnThing)',
        'pkg_check_modules(GTK3 REQUIRED IMPORTED_TARGET gtk+-3.0>=3.22)',
        'FetchContent_Declare(fmt GIT_REPOSITORY https://github.com/fmtlib/fmt.git GIT_TAG 10.1.1)',
        'find_package(GTest REQUIRED)',
      ].join('\n'),
    });
    expect(found).toEqual([
      { name: 'Boost', version: '1.70', scope: 'main', rule: 'native.build' },
      { name: 'Eigen3', version: '3.3', scope: 'main', rule: 'native.build' },
      { name: 'gtk+-3.0', version: '3.22', scope: 'main', rule: 'native.build' },
      { name: 'fmt', version: null, scope: 'main', rule: 'native.build' },
      { name: 'GTest', version: null, scope: 'dev', rule: 'native.build' },
    ]);
  });

  it("reads the CUDA libraries a CUDA source includes and CMake's CUDA:: targets", async () => {
    const found = await packages({
      'src/spmv.cu': [
        '#include <thrust/device_vector.h>',
        '#include <cub/cub.cuh>',
        '#include <cublas_v2.h>',
        '#include "nccl.h"',
        '#include "my_kernels.cuh"',
        '// #include <cudnn.h> is only a comment',
      ].join('\n'),
      'CMakeLists.txt':
        'find_package(CUDAToolkit REQUIRED)\ntarget_link_libraries(app CUDA::cusparse CUDA::cudart)\n',
    });
    expect(found.map((f) => [f.name, f.rule])).toEqual([
      ['cusparse', 'native.build'],
      ['thrust', 'native.cuda-include'],
      ['cub', 'native.cuda-include'],
      ['cublas', 'native.cuda-include'],
      ['nccl', 'native.cuda-include'],
    ]);
  });

  it("reads a PyTorch extension's headers as the torch package, not libtorch's own header", async () => {
    const torch = async (source: string) =>
      (await factsOf(nativeDetector, { 'csrc/ops.cu': source })).flatMap((f) =>
        f.type === 'package' ? [[f.ecosystem, f.name, f.ev.rule]] : [],
      );
    expect(await torch('#include <torch/extension.h>\n#include <cutlass/gemm/device/gemm.h>\n')).toEqual([
      ['native', 'cutlass', 'native.cuda-include'],
      ['pypi', 'torch', 'cpp.torch-extension'],
    ]);
    expect(await torch('#include <torch/torch.h>\nint main() {}\n')).toEqual([]);
  });

  it("reads autoconf's checks, meson's dependency() and a Makefile's -l flags and pkg-config calls", async () => {
    const found = await packages({
      'configure.ac':
        'PKG_CHECK_MODULES([CURL], [libcurl >= 7.50])\nAC_SEARCH_LIBS([initscr], [ncursesw ncurses])\n',
      'meson.build': "zdep = dependency('zlib', version : '>=1.2.8')\nsql = dependency('sqlite3')\n",
      Makefile:
        'LDLIBS = -lm -lpthread -lreadline\nCFLAGS += $(shell pkg-config --cflags libpng)\n\tls -l build\n',
    });
    expect(found.map((f) => `${f.name}@${f.version}`).sort()).toEqual([
      'libcurl@7.50',
      'libpng@null',
      'ncursesw@null',
      'readline@null',
      'sqlite3@null',
      'zlib@1.2.8',
    ]);
  });

  it('reads the libraries of vcpkg.json and conanfiles', async () => {
    const vcpkg = await packages({
      'vcpkg.json': JSON.stringify({ name: 'app', dependencies: ['fmt', { name: 'spdlog' }, 'not-a-lib'] }),
    });
    expect(vcpkg.map((f) => [f.name, f.rule])).toEqual([
      ['fmt', 'native.manifest'],
      ['spdlog', 'native.manifest'],
    ]);
    const conan = await packages({
      'conanfile.txt': '[requires]\nzlib/1.2.13\nopenssl/3.1.0\n\n[generators]\nCMakeDeps\n',
    });
    expect(conan.map((f) => `${f.name}@${f.version}`)).toEqual(['zlib@1.2.13', 'openssl@3.1.0']);
    const py = await packages({
      'conanfile.py':
        'class App(ConanFile):\n    def requirements(self):\n        self.requires("boost/1.83.0")\n',
    });
    expect(py.map((f) => f.name)).toEqual(['boost']);
  });

  it("leaves out vendored code's builds", async () => {
    expect(await packages({ 'third_party/zlib/CMakeLists.txt': 'find_package(ZLIB)\n' })).toEqual([]);
  });

  it('names a library by its project, from build names and system packages', () => {
    expect(nativeLibrary('Eigen3')?.name).toBe('eigen');
    expect(nativeLibrary('boost_program_options')?.name).toBe('boost');
    expect(nativeLibrary('libncursesw5-dev', true)?.name).toBe('ncurses');
    expect(nativeLibrary('zlib1g-dev', true)?.name).toBe('zlib');
    expect(nativeLibrary('libcurl4-openssl-dev', true)?.name).toBe('curl');
    expect(nativeLibrary('ncurses-devel', true)?.name).toBe('ncurses');
    expect(nativeLibrary('libx11-dev', true)?.name).toBe('x11');
    // Only -dev packages are libraries to build against; a runtime package or a tool is not.
    expect(nativeLibrary('libsndfile1', true)).toBeNull();
    expect(nativeLibrary('cmake')).toBeNull();
    expect(nativeLibrary('python3-dev', true)).toBeNull();
  });
});
