"""Setup script"""
import os
import shutil
from setuptools import setup, Distribution, find_packages

class BinaryDistribution(Distribution):
  """Overrides Distribution class to bundle platform-specific binaries"""
  # pylint: disable=R0201
  def has_ext_modules(self):
    """Has an extension module"""
    return True

LIBPATH_PY = os.path.abspath('./treelite/common/libpath.py')
LIBPATH = {'__file__': LIBPATH_PY}
# pylint: disable=W0122
exec(compile(open(LIBPATH_PY, "rb").read(), LIBPATH_PY, 'exec'),
     LIBPATH, LIBPATH)

# Paths for C/C++ libraries
LIB_PATH = LIBPATH['find_lib_path'](basename='treelite')
RT_PATH = LIBPATH['find_lib_path'](basename='treelite_runtime')

if (not LIB_PATH) or (not RT_PATH) or (not os.path.isdir('../build/runtime')):
  raise RuntimeError('Please compile the C++ package first')

# ... (copying of built libraries and runtime archives trimmed)

with open('../VERSION', 'r') as f:
  VERSION = f.readlines()[0].rstrip('\n')

setup(
    name='treelite',
    version=VERSION,
    description='treelite: toolbox for decision tree deployment',
    url='http://treelite.io',
    author='DMLC',
    maintainer='Hyunsu Cho',
    maintainer_email='chohyu01@cs.washington.edu',
    packages=find_packages(),
    package_data={
        'treelite': [LIB_BASENAME, RT_BASENAME, 'treelite_runtime.zip',
                     'treelite_runtime_with_binary.zip']
    },
    distclass=BinaryDistribution
)
