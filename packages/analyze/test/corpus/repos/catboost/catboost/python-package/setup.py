import setuptools
import itertools
import os
import re
import shutil
import subprocess
import sys
from typing import Dict, List
from distutils.command.bdist import bdist as _bdist
from distutils.command.install_data import install_data as _install_data
from distutils import log

# requires setuptools >= 64.0.0
import setuptools.command.build  # for SubCommand
from setuptools.command.build import build as _build

from setuptools import setup, find_packages, Extension

from setuptools.command.build_ext import build_ext as _build_ext
from setuptools.command.develop import develop as _develop
from setuptools.command.install import install as _install
from setuptools.command.sdist import sdist as _sdist
import warnings
from wheel.bdist_wheel import bdist_wheel as _bdist_wheel

SETUP_DIR = os.path.abspath(os.path.dirname(__file__))
PKG_INFO = 'PKG-INFO'
EXT_SRC = 'catboost_all_src'


def get_setup_requires(argv):
    setup_requires = ['cmake (>=3.24, <4.0)', 'wheel', 'conan (>=2.4.1, <3.0)', 'cython ~= 3.0.10', 'numpy']

    if ('build_widget' in argv) or (not ('--no-widget' in argv)):
        setup_requires += ['jupyterlab (>=3.0.6, <3.6.0)']
    return setup_requires


def copy_catboost_sources(topdir, pkgdir, verbose, dry_run):
    topnames = [
        'AUTHORS', 'LICENSE', 'CONTRIBUTING.md', 'README.md', 'RELEASE.md',
        'conanfile.py',
        'build',
        os.path.join('catboost', 'base_defs.pxd'),
        os.path.join('catboost', 'cuda'),
        os.path.join('catboost', 'idl'),
        os.path.join('catboost', 'libs'),
        os.path.join('catboost', 'private'),
        os.path.join('catboost', 'tools'),
        'cmake',
        os.path.join('contrib', 'deprecated', 'nvidia'),
        os.path.join('contrib', 'libs'),
        os.path.join('contrib', 'restricted'),
        os.path.join('contrib', 'tools', 'protoc'),
        os.path.join('contrib', 'tools', 'swig'),
        'tools',
        'util',
    ]
    # we have to include them all (not only python-package) to avoid CMake configuration errors
    for sub_dir in ['R-package', 'app', 'jvm-packages', 'python-package', 'spark']:
        topnames += get_all_cmake_lists(topdir, os.path.join('catboost', sub_dir))
    # ...


class WidgetOptions(object):
    options = [
        ('no-widget', None, emph('Disable Jupyter visualization widget support that is enabled by default')),
        ('prebuilt-widget', None, emph('Do not rebuild already built widget in "build-generated" directory'))
    ]
    # ...

class BuildExtOptions(object):
    options = [
        ('with-cuda=',
         None,
         emph(
            'Path to CUDA root dir '
            + '(useful if CUDA_ROOT or CUDA_PATH is not specified or a particular CUDA version is needed)'
         )
        ),
        ('no-cuda', None, emph('Build without CUDA support even if CUDA is available')),
        ('parallel=', 'j', emph('Number of parallel build jobs')),
        ('prebuilt-extensions-build-root-dir=', None, emph('Use extensions from CatBoost project prebuilt with CMake')),
        ('macos-universal-binaries', None, emph('Build extension libraries as macOS universal binaries'))
    ]

    @staticmethod
    def initialize_options(command):
        command.with_cuda = None
        command.no_cuda = False

        command.parallel = None
        command.prebuilt_extensions_build_root_dir = None
        command.macos_universal_binaries=False

    @staticmethod
    def finalize_options(command):
        if command.with_cuda is not None:
            if command.no_cuda:
                raise RuntimeError('--with-cuda and --no-cuda options are incompatible')
            if not os.path.exists(command.with_cuda):
                raise RuntimeError(f'CUDA root dir passed in --with-cuda ({command.with_cuda}) does not exist')
        elif not command.no_cuda:
            for cuda_root in ('CUDA_PATH', 'CUDA_ROOT'):
                if (cuda_root in os.environ) and os.path.exists(os.environ[cuda_root]):
                    log.info(f'Get default CUDA root dir from {cuda_root} environment variable: {os.environ[cuda_root]}')
                    command.with_cuda = os.environ[cuda_root]
                    break

# ...
