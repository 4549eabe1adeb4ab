import os
from setuptools import setup, Extension
from setuptools.command.build_ext import build_ext
import sys
import setuptools
import struct
import platform

__version__ = '2.1.2'

if sys.platform.startswith("win") and struct.calcsize("P") * 8 == 32:
    raise RuntimeError("Windows 32-bit is not supported.")

dep_list = ['pybind11>=2.2.3', 'psutil']
dep_list.append("numpy>=1.10.0 ; python_version>='3.5'")

py_version = tuple([int(s) for s in platform.python_version().split('.')])[0:2]
if py_version != (2, 7) and py_version < (3, 5):
    raise RuntimeError("Python version 2.7 or >=3.5 required.")

print('Dependence list:', dep_list)

libdir = os.path.join(".", "similarity_search")
if not os.path.isdir(libdir) and sys.platform.startswith("win"):
    libdir = os.path.join("..", "similarity_search")

library_file = os.path.join(libdir, "release", "libNonMetricSpaceLib.a")
source_files = ['nmslib.cc', 'tensorflow/cpu_feature_guard.cc', 'tensorflow/cpu_info.cc']

libraries = []
extra_objects = []

if os.path.exists(library_file):
    # if we have a prebuilt nmslib library file, use that.
    extra_objects.append(library_file)

else:
    # Otherwise build all the files here directly (excluding extras which need boost)
    exclude_files = set("""space_sqfd.cc dummy_app.cc main.cc""".split())

    full_file_list = list(os.walk(os.path.join(libdir, "src")))

    for root, subdirs, files in full_file_list:
        source_files.extend(os.path.join(root, f) for f in files
                            if f.endswith(".cc") and f not in exclude_files)


class get_pybind_include(object):
    """Helper class to determine the pybind11 include path"""

    def __init__(self, user=False):
        self.user = user

    def __str__(self):
        import pybind11
        return pybind11.get_include(self.user)

ext_modules = [
    Extension(
        'nmslib',
        source_files,
        include_dirs=[os.path.join(libdir, "include"),
                      "tensorflow", 
                      get_pybind_include(),
                      get_pybind_include(user=True)],
        libraries=libraries,
        language='c++',
        extra_objects=extra_objects,
    ),
]


def cpp_flag(compiler):
    """Return the -std=c++[11/14] compiler flag.

    The c++14 is prefered over c++11 (when it is available).
    """
    if has_flag(compiler, '-std=c++14'):
        return '-std=c++14'
    elif has_flag(compiler, '-std=c++11'):
        return '-std=c++11'
    else:
        raise RuntimeError('Unsupported compiler -- at least C++11 support '
                           'is needed!')


class BuildExt(build_ext):
    """A custom build extension for adding compiler-specific options."""
    c_opts = {
        'msvc': [ '/EHsc', '/openmp', '/O2', '/permissive-'],
        'unix': [ '-O3'],
    }
    # ...

    def build_extensions(self):
        # ...
        import numpy as np
        for ext in self.extensions:
            ext.include_dirs.extend([
                # Path to pybind11 headers
                get_pybind_include(),
                get_pybind_include(user=True),
                # Path to numpy headers
                np.get_include()
            ])

        build_ext.build_extensions(self)

setup(
    name='nmslib',
    version=__version__,
    description='Non-Metric Space Library (NMSLIB)',
    author='B. Naidan, L. Boytsov, Yu. Malkov, B. Frederickson, D. Novak, et al.',
    url='https://github.com/nmslib/nmslib',
    long_description="""Non-Metric Space Library (NMSLIB) is an efficient cross-platform
 similarity search library and a toolkit for evaluation of similarity search methods.""",
    ext_modules=ext_modules,
    install_requires=dep_list,
    setup_requires=dep_list,
    cmdclass={'build_ext': BuildExt},
    zip_safe=False,
)
