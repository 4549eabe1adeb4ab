from setuptools import setup
import sys
import os
import imp
from setuptools import Extension
import platform

on_rtd = os.environ.get('READTHEDOCS', None) == 'True'

dirname = os.path.dirname(__file__)
path_version = os.path.join(dirname, "vaex/core/_version.py")
version = imp.load_source('version', path_version)

name = 'vaex'
author = "Maarten A. Breddels"
author_email = "maartenbreddels@gmail.com"
license = 'MIT'
version = version.__version__
url = 'https://www.github.com/maartenbreddels/vaex'
# TODO: can we do without requests and progressbar2?
# TODO: after python2 supports frops, future and futures can also be dropped
# TODO: would be nice to have astropy only as dep in vaex-astro
install_requires_core = ["numpy>=1.16", "aplus", "tabulate>=0.8.3",
                         "future>=0.15.2", "pyyaml", "progressbar2",
                         "requests", "six", "cloudpickle", "pandas", "dask",
                         "nest-asyncio>=1.3.3", "pyarrow>=3.0", "frozendict",
                         "blake3", "filelock",
                        ]
if sys.version_info[0] == 2:
    install_requires_core.append("futures>=2.2.0")
install_requires_viz = ["matplotlib>=1.3.1", ]
install_requires_astro = ["kapteyn"]

# ... (numpy/pybind11 include helpers trimmed)

dll_files = []
if platform.system().lower() == 'windows':
    extra_compile_args = ["/EHsc"]
    dll_files = ['pcre.dll', 'pcrecpp.dll', 'vcruntime140_1.dll']
else:
    extra_compile_args = ["-std=c++11", "-O3", "-funroll-loops", "-Werror=return-type", "-Wno-unused-parameter"]
    extra_compile_args.append("-g")
if sys.platform == 'darwin':
    extra_compile_args.append("-mmacosx-version-min=10.9")


extension_vaexfast = Extension("vaex.vaexfast", [os.path.relpath(os.path.join(dirname, "src/vaexfast.cpp"))],
                               include_dirs=[get_numpy_include()],
                               extra_compile_args=extra_compile_args)
extension_strings = Extension("vaex.superstrings", [
    os.path.relpath(os.path.join(dirname, "src/strings.cpp")),
    os.path.relpath(os.path.join(dirname, "src/string_utils.cpp")),
    ],
    include_dirs=[get_numpy_include(), get_pybind_include(), 'vendor/boost'],
    extra_compile_args=extra_compile_args,
    libraries=['pcre', 'pcrecpp']
)
# ... (superutils and superagg C++ extensions trimmed)

setup(name=name + '-core',
      version=version,
      description='Core of vaex',
      url=url,
      author=author,
      author_email=author_email,
      setup_requires=['numpy'],
      install_requires=install_requires_core,
      license=license,
      packages=['vaex', 'vaex.arrow', 'vaex.core', 'vaex.file', 'vaex.test', 'vaex.ext', 'vaex.misc'],
      ext_modules=[extension_vaexfast] if on_rtd else [extension_vaexfast, extension_strings, extension_superutils, extension_superagg],
      zip_safe=False,
      extras_require={
          'all': ["gcsfs>=0.6.2", "s3fs"]
      },
      entry_points={
          'console_scripts': ['vaex = vaex.__main__:main'],
          'gui_scripts': ['vaexgui = vaex.__main__:main'],  # sometimes in osx, you need to run with this
      }
      )
