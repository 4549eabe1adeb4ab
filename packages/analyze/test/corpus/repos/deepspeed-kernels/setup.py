# Copyright (c) Microsoft Corporation.
# SPDX-License-Identifier: Apache-2.0

# DeepSpeed Team

import os
import sys
import subprocess
from setuptools import setup, find_packages


def fetch_requirements(path):
    with open(path, 'r') as fd:
        return [r.strip() for r in fd.readlines()]


install_requires = fetch_requirements('requirements/requirements.txt')
extras_require = {
    "dev": fetch_requirements('requirements/requirements-dev.txt')
}

# Parse the MII version string from version.txt
version_str = open('version.txt', 'r').read().strip()

# write out installed version
with open("dskernels/version.py", 'w') as fd:
    fd.write(f"__version__ = '{version_str}'\n")

from builder.builder import CMakeBuild
from builder.ft_gemm import FTGemmBuilder
from builder.inf_flash_attn import BlockedFlashBuilder

ext_modules = []
build_ext = {'build_ext': CMakeBuild}

ext_modules.append(FTGemmBuilder(name="deepspeed_ft_gemm"))
ext_modules.append(BlockedFlashBuilder(name="deepspeed_blocked_flash"))

setup(name="deepspeed-kernels",
      version=version_str,
      description='deepspeed kernels',
      author='DeepSpeed Team',
      author_email='deepspeed@microsoft.com',
      url='http://deepspeed.ai',
      project_urls={
          'Documentation': 'https://github.com/microsoft/DeepSpeed-Kernels',
          'Source': 'https://github.com/microsoft/DeepSpeed-Kernels',
      },
      install_requires=install_requires,
      extras_require=extras_require,
      ext_modules=ext_modules,
      cmdclass=build_ext,
      include_package_data=True,
      packages=find_packages(include=['dskernels']),
      classifiers=[
          'Programming Language :: Python :: 3.7',
          'Programming Language :: Python :: 3.8',
          'Programming Language :: Python :: 3.9',
          'Programming Language :: Python :: 3.10'
      ])
