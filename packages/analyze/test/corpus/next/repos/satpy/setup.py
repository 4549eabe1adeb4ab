#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Copyright (c) 2009-2016.

# This file is part of satpy.
# (GPLv3 license header trimmed)
"""Setup file for satpy."""

import imp
import os.path
import sys
from glob import glob

from setuptools import setup, find_packages

version = imp.load_source('satpy.version', 'satpy/version.py')

BASE_PATH = os.path.sep.join(os.path.dirname(os.path.realpath(__file__)).split(
    os.path.sep))

requires = ['numpy >=1.4.1', 'pillow', 'pyresample >=1.4.0', 'trollsift',
            'trollimage', 'pykdtree', 'six', 'pyyaml']

if sys.version < '2.7':
    requires.append('ordereddict')

test_requires = ['behave']

if sys.version < '3.0':
    test_requires.append('mock')


NAME = 'satpy'

setup(name=NAME,
      version=version.__version__,
      description='Meteorological post processing package',
      author='The Pytroll Team',
      author_email='pytroll@googlegroups.com',
      classifiers=["Development Status :: 5 - Production/Stable",
                   "Intended Audience :: Science/Research",
                   "License :: OSI Approved :: GNU General Public License v3 " +
                   "or later (GPLv3+)",
                   "Operating System :: OS Independent",
                   "Programming Language :: Python",
                   "Topic :: Scientific/Engineering"],
      url="https://github.com/pytroll/satpy",
      test_suite='satpy.tests.suite',
      packages=find_packages(),
      zip_safe=False,
      install_requires=requires,
      tests_require=test_requires,
      extras_require={'xRIT': ['mipp >= 0.6.0'],
                      'hdf_eos': ['pyhdf'],
                      'viirs': ['h5py >= 2.7.0'],
                      'nc': ['netCDF4 >= 1.1.8'],
                      'hrpt': ['pyorbital', 'pygac', 'python-geotiepoints'],
                      'proj': ['pyresample'],
                      'pyspectral': ['pyspectral'],
                      'pyorbital': ['pyorbital >= v0.2.3']}

      )
