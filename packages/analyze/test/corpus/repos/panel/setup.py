#!/usr/bin/env python

import os
import shutil
import sys
import json

from setuptools import setup, find_packages
from setuptools.command.develop import develop
from setuptools.command.install import install
from setuptools.command.sdist import sdist

import pyct.build


def _build_paneljs():
    from bokeh.ext import build
    print("Building custom models:")
    panel_dir = os.path.join(os.path.dirname(__file__), "panel")
    build(panel_dir)


class CustomDevelopCommand(develop):
    """Custom installation for development mode."""

    def run(self):
        _build_paneljs()
        develop.run(self)


class CustomInstallCommand(install):
    """Custom installation for install mode."""

    def run(self):
        _build_paneljs()
        install.run(self)


_COMMANDS = {
    'develop': CustomDevelopCommand,
    'install': CustomInstallCommand,
}

########## dependencies ##########

install_requires = [
    'bokeh >=1.4.0',
    'param >=1.9.0',
    'pyviz_comms >=0.7.2',
    'markdown',
    'pyct >=0.4.4'
]

_recommended = [
    'notebook >=5.4',
    'holoviews >=1.12.0',
    'matplotlib',
    'pillow',
    'plotly'
]

extras_require = {
    'tests': [
        'flake8',
        'parameterized',
        'pytest',
        'scipy',
        'nbsmoke >=0.2.0',
        'pytest-cov ==2.5.1',
        'codecov',
        # For examples
        'hvplot',
        'plotly',
        'altair',
        'streamz',
        'vega_datasets',
        'vtk ==8.1.1',
        'scikit-learn',
        'datashader',
        'jupyter_bokeh'
    ],
    'recommended': _recommended,
    'doc': _recommended + [
        'nbsite >=0.6.1',
        'sphinx_holoviz_theme',
        'selenium',
        'phantomjs',
        'lxml',
        'pyvista'
    ]
}

extras_require['all'] = sorted(set(sum(extras_require.values(), [])))

# Superset of what's in pyproject.toml (includes non-python
# dependencies).  Also, pyproject.toml isn't supported by all tools
# anyway (e.g. older versions of pip, or conda - which also supports
# non-python dependencies). Note that setup_requires isn't used
# because it doesn't work well with pip.
extras_require['build'] = [
    'param >=1.9.0',
    'pyct >=0.4.4',
    'setuptools >=30.3.0',
    'bokeh >=1.4.0',
    'pyviz_comms >=0.6.0',
    # non-python dependency
    'nodejs >=9.11.1',
]

setup_args = dict(
    name='panel',
    description='A high level dashboarding library for python visualization libraries.',
    long_description=open('README.md').read() if os.path.isfile('README.md') else 'Consult README.md',
    long_description_content_type="text/markdown",
    author="PyViz developers",
    author_email="developers@pyviz.org",
    platforms=['Windows', 'Mac OS X', 'Linux'],
    license='BSD',
    url='http://pyviz.org',
    cmdclass=_COMMANDS,
    packages=find_packages(),
    include_package_data=True,
    classifiers=[
        "License :: OSI Approved :: BSD License",
        "Development Status :: 5 - Production/Stable",
        "Programming Language :: Python :: 2.7",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3.6",
        "Programming Language :: Python :: 3.7",
        "Operating System :: OS Independent",
        "Intended Audience :: Developers",
        "Intended Audience :: Science/Research",
        "Natural Language :: English",
        "Topic :: Scientific/Engineering",
        "Topic :: Scientific/Engineering :: Visualization",
        "Topic :: Scientific/Engineering :: Information Analysis",
        "Topic :: Software Development :: Libraries"],
    python_requires=">=2.7",
    entry_points={
        'console_scripts': [
            'panel = panel.cli:main'
        ]},
    install_requires=install_requires,
    extras_require=extras_require,
    tests_require=extras_require['tests']
)

if __name__ == "__main__":
    setup(**setup_args)
