# Copyright 2017-2018 The dm_control Authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# ============================================================================

"""Install script for setuptools."""

import fnmatch
import os
import platform
import subprocess
import sys

from distutils import cmd
from distutils import log
from setuptools import find_packages
from setuptools import setup
from setuptools.command import install
from setuptools.command import test

PLATFORM_SUFFIXES = {
    'Linux': 'linux',
    'Windows': 'win64',
    'Darwin': 'macos',
}
DEFAULT_HEADERS_DIR = '~/.mujoco/mujoco200_{}/include'.format(
    PLATFORM_SUFFIXES[platform.system()])

# Relative paths to the binding generator script and the output directory.
AUTOWRAP_PATH = 'dm_control/autowrap/autowrap.py'
MJBINDINGS_DIR = 'dm_control/mujoco/wrapper/mjbindings'


class BuildMJBindingsCommand(cmd.Command):
  """Runs `autowrap.py` to generate the low-level ctypes bindings for MuJoCo."""
  description = __doc__
  # ... (option handling and the autowrap subprocess call trimmed)


class InstallCommand(install.install):
  """Runs 'build_mjbindings' before installation."""
  # ... (trimmed)


class TestCommand(test.test):
  """Prepends path to generated sources before running unit tests."""
  # ... (trimmed)


setup(
    name='dm_control',
    version='0.0.287965806',
    description='Continuous control environments and MuJoCo Python bindings.',
    author='DeepMind',
    license='Apache License, Version 2.0',
    keywords='machine learning control physics MuJoCo AI',
    install_requires=[
        'absl-py>=0.7.0',
        'enum34; python_version < "3.4"',
        'dm-env',
        'dm-tree',
        'future',
        'futures; python_version == "2.7"',
        'glfw',
        'lxml',
        'numpy',
        'pyopengl',
        'pyparsing',
        'setuptools',
        'six',
    ],
    extras_require={
        'locomotion_mazes': ['labmaze'],
    },
    tests_require=[
        'mock',
        'nose',
        'pillow',
        'scipy',
    ],
    test_suite='nose.collector',
    packages=find_packages(),
    cmdclass={
        'build_mjbindings': BuildMJBindingsCommand,
        'install': InstallCommand,
        'test': TestCommand,
    },
    entry_points={},
)
