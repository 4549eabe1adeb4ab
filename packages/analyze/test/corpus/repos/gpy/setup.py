#!/usr/bin/env python
# -*- coding: utf-8 -*-

from __future__ import print_function
import os
import sys
from setuptools import setup, Extension
import codecs

try:
    ModuleNotFoundError
except NameError:
    ModuleNotFoundError = ImportError


def read(fname):
    with codecs.open(fname, "r", "latin") as f:
        return f.read()


desc = """

Please refer to the github homepage for detailed instructions on installation and usage.

"""

version_dummy = {}
exec(read("GPy/__version__.py"), version_dummy)
__version__ = version_dummy["__version__"]
del version_dummy


# Mac OS X Clang doesn't support OpenMP at the current time.
# This detects if we are building on a Mac
def ismac():
    return sys.platform[:6] == "darwin"


if ismac():
    compile_flags = [
        "-O3",
    ]
    link_args = []
else:
    compile_flags = ["-fopenmp", "-O3"]
    link_args = ["-lgomp"]

try:
    # So that we don't need numpy installed to determine it's a dependency.
    import numpy as np

    ext_mods = [
        Extension(
            name="GPy.kern.src.stationary_cython",
            sources=[
                "GPy/kern/src/stationary_cython.pyx",
                "GPy/kern/src/stationary_utils.c",
            ],
            include_dirs=[np.get_include(), "."],
            extra_compile_args=compile_flags,
            extra_link_args=link_args,
        ),
        Extension(
            name="GPy.util.linalg_cython",
            sources=["GPy/util/linalg_cython.pyx"],
            include_dirs=[np.get_include(), "."],
            extra_compile_args=compile_flags,
            extra_link_args=link_args,
        ),
    ]
except ModuleNotFoundError:
    ext_mods = []

install_requirements = [
    "numpy>=1.7",
    "six",
    # "paramz @ git+https://github.com/connorfuhrman/paramz/tree/connorfuhrman/np_type_alias_dep.git",
    "paramz @ git+https://github.com/MartinBubel/paramz.git@fix-numpy-types",
    "cython>=0.29",
]
matplotlib_version = "matplotlib==3.3.4"
install_requirements += ["scipy>=1.3.0"]

setup(
    name="GPy",
    version=__version__,
    author_email="gpy.authors@gmail.com",
    description=("The Gaussian Process Toolbox"),
    long_description=desc,
    license="BSD 3-clause",
    python_requires=">=3.9",
    keywords="machine-learning gaussian-processes kernels",
    url="https://sheffieldml.github.io/GPy/",
    ext_modules=ext_mods,
    packages=[
        "GPy",
        "GPy.core",
        "GPy.kern",
        "GPy.kern.src",
        "GPy.models",
        "GPy.inference",
        "GPy.likelihoods",
        "GPy.util",
        "GPy.plotting",
    ],
    package_dir={"GPy": "GPy"},
    include_package_data=True,
    py_modules=["GPy.__init__"],
    test_suite="GPy.testing",
    setup_requires=["numpy>=1.7"],
    install_requires=install_requirements,
    extras_require={
        "docs": ["sphinx"],
        "optional": [
            "mpi4py",
            "ipython>=4.0.0",
        ],
        # matplotlib Version see github issue #955
        "plotting": [matplotlib_version, "plotly >= 1.8.6"],
        "notebook": [
            "jupyter_client >= 4.0.6",
            "ipywidgets >= 4.0.3",
            "ipykernel >= 4.1.0",
            "notebook >= 4.0.5",
        ],
        "dev": ["pytest", "matplotlib", "pods"],
    },
    classifiers=[
        "License :: OSI Approved :: BSD License",
        "Natural Language :: English",
        "Operating System :: MacOS :: MacOS X",
        "Operating System :: Microsoft :: Windows",
        "Operating System :: POSIX :: Linux",
        "Programming Language :: Python :: 3.5",
        "Programming Language :: Python :: 3.6",
        "Programming Language :: Python :: 3.7",
        "Programming Language :: Python :: 3.8",
        "Programming Language :: Python :: 3.9",
        "Framework :: IPython",
        "Intended Audience :: Science/Research",
        "Intended Audience :: Developers",
    ],
)
