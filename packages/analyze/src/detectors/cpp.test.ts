import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { cppDetector, lowestCapability } from './cpp.js';

describe('C, C++ and CUDA builds', () => {
  it('reads the lowest compute capability from architecture lists', () => {
    expect(lowestCapability('70;75;80')).toBe('7.0');
    expect(lowestCapability('sm_86')).toBe('8.6');
    expect(lowestCapability('8.0 8.6+PTX')).toBe('8.0');
  });

  it('reads CUDA as a CMake language, the CUDAToolkit version and the architectures', async () => {
    const facts = await factsOf(cppDetector, {
      'CMakeLists.txt':
        'cmake_minimum_required(VERSION 3.18)\nproject(x LANGUAGES CXX CUDA)\nfind_package(CUDAToolkit 11.8 REQUIRED)\nset(CMAKE_CUDA_ARCHITECTURES "70;80")\n',
      'src/a.cu': '',
    });
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule, g.ev.line])).toEqual([
      ['required', 'cpp.cmake', 2],
      ['required', 'cpp.cmake', 3],
      ['required', 'cpp.cuda-sources', null],
    ]);
    expect(ofType(facts, 'cuda').map((c) => c.version)).toEqual(['11.8']);
    expect(ofType(facts, 'compute-capability').map((c) => c.value)).toEqual(['7.0']);
    expect(ofType(facts, 'runtime')).toEqual([expect.objectContaining({ name: 'cmake', version: '3.18' })]);
  });

  it('leaves CUDA behind an OFF option optional, even with .cu files in the build path', async () => {
    const facts = await factsOf(cppDetector, {
      'CMakeLists.txt':
        'project(x CXX)\noption(WITH_CUDA "GPU kernels" OFF)\nif(WITH_CUDA)\n  enable_language(CUDA)\nendif()\n',
      'src/k.cu': '',
    });
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['optional', 'cpp.cmake.cuda-off'],
      ['optional', 'cpp.cuda-sources'],
    ]);
    expect(ofType(facts, 'nvcc')).toEqual([]);
  });

  it('reads nvcc and -arch in Makefiles, ignoring commented lines and tests/', async () => {
    const facts = await factsOf(cppDetector, {
      Makefile: '# nvcc is optional\nall:\n\tnvcc -arch=sm_75 -o k k.cu\n',
      'tests/Makefile': 'all:\n\tnvcc t.cu\n',
    });
    expect(ofType(facts, 'gpu')).toEqual([
      expect.objectContaining({ ev: expect.objectContaining({ file: 'Makefile', line: 3 }) }),
    ]);
    expect(ofType(facts, 'compute-capability')[0]).toMatchObject({ value: '7.5' });
  });

  it('reads nvcc only in a target other than the default goal as an optional GPU', async () => {
    const makefile =
      'CC = gcc\nNVCC = nvcc\n.PHONY: run\nrun: run.c\n\t$(CC) -O3 -o run run.c\nruncuda: run.c\n\t$(NVCC) -o runcuda run.cu\n';
    const facts = await factsOf(cppDetector, { Makefile: makefile, 'run.cu': '' });
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule, g.ev.line])).toEqual([
      ['optional', 'cpp.makefile-optional-nvcc', 6],
      ['optional', 'cpp.cuda-sources', null],
    ]);
    expect(ofType(facts, 'nvcc')).toEqual([]);
    // When the default goal (all) depends on the CUDA target, nvcc is needed.
    const all = await factsOf(cppDetector, { Makefile: `all: run runcuda\n${makefile}` });
    expect(ofType(all, 'gpu')[0]).toMatchObject({ requirement: 'required' });
    // However deep, and over prerequisite lists continued with a backslash.
    const chained = await factsOf(cppDetector, {
      Makefile:
        'all: \\\n\ttests \\\n\tdemos\n\ntests: \\\n\ttest_reduce\n\ntest_reduce: tests/test_reduce.cu\n\tnvcc $(ARCH) -o $@ $<\n',
    });
    expect(ofType(chained, 'gpu')[0]).toMatchObject({ requirement: 'required' });
  });

  it('reads an OFF option named for CUDA as an opt-in back-end, even when its sources build elsewhere', async () => {
    const facts = await factsOf(cppDetector, {
      'CMakeLists.txt': 'project(x CXX)\noption(GGML_CUDA "ggml: use CUDA" OFF)\nadd_subdirectory(ggml)\n',
      'ggml/src/ggml-cuda/scale.cu': '',
    });
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule, g.ev.line])).toEqual([
      ['optional', 'cpp.cmake.cuda-off', 2],
      ['optional', 'cpp.cuda-sources', null],
    ]);
    expect(ofType(facts, 'nvcc')).toEqual([]);
  });

  it('reads a Makefile that switches between a CPU and a CUDA build, and CUDA found but not required, as options', async () => {
    const make = await factsOf(cppDetector, {
      Makefile: '# CPU_ONLY := 1\nifneq ($(CPU_ONLY), 1)\n\tNVCC := nvcc\nendif\nall:\n\tnvcc -o k k.cu\n',
      'src/k.cu': '',
    });
    expect(ofType(make, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['optional', 'cpp.makefile-optional-nvcc'],
      ['optional', 'cpp.cuda-sources'],
    ]);
    const cmake = await factsOf(cppDetector, {
      'CMakeLists.txt': 'FIND_PACKAGE(CUDA 8.0)\nIF (CUDA_FOUND)\n  SET(WITH_GPU ON)\nENDIF()\n',
      'src/reduce.cu': '',
    });
    expect(ofType(cmake, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['optional', 'cpp.cmake.cuda-off'],
      ['optional', 'cpp.cuda-sources'],
    ]);
    const required = await factsOf(cppDetector, { 'CMakeLists.txt': 'find_package(CUDA 11.0 REQUIRED)\n' });
    expect(ofType(required, 'gpu')[0]).toMatchObject({ requirement: 'required' });
  });

  it('counts CUDA sources of a repository that is nothing but samples', async () => {
    const facts = await factsOf(cppDetector, { 'Samples/0_Introduction/vectorAdd/vectorAdd.cu': '' });
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['required', 'cpp.cuda-sources'],
    ]);
    const withCode = await factsOf(cppDetector, { 'src/main.cpp': '', 'samples/k.cu': '' });
    expect(ofType(withCode, 'gpu')).toEqual([]);
  });

  it('reads CUDA among the languages of a project( … ) call that spans lines', async () => {
    const facts = await factsOf(cppDetector, {
      'CMakeLists.txt': 'cmake_minimum_required(VERSION 3.18)\nPROJECT(\n\ttiny\n\tLANGUAGES CXX CUDA\n)\n',
    });
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule, g.ev.line])).toEqual([
      ['required', 'cpp.cmake', 2],
    ]);
  });
});
