from setuptools import setup
import os
from distutils.extension import Extension
from Cython.Distutils import build_ext
import numpy


ffm2_include_dir = os.getenv("FFM_INCLUDE_DIR", 'fastFM-core2/fastFM/')
ffm2_library_dir = os.getenv("FFM_LIBRARY_DIR", 'fastFM-core2/_lib/fastFM/')


ext_modules = [
    Extension('ffm', ['fastFM/ffm.pyx'],
              libraries=['m', 'fastfm', 'openblas'],
              library_dirs=['fastFM/', 'fastFM-core/bin/',
                            'fastFM-core/externals/OpenBLAS/'],
              include_dirs=['fastFM/', 'fastFM-core/include/',
                            'fastFM-core/externals/CXSparse/Include/',
                            'fastFM-core/externals/OpenBLAS/',
                            numpy.get_include()]),
    Extension('ffm2', ['fastFM/ffm2.pyx'],
              libraries=['fastFM'],
              library_dirs=[ffm2_library_dir],
              include_dirs=[ffm2_include_dir,
                            numpy.get_include()],
              extra_compile_args=['-std=c++11', '-Wall', '-pedantic'],
              extra_link_args=['-std=c++11', '-mstackrealign'],
              language="c++")]


setup(
    name='fastFM',
    cmdclass={'build_ext': build_ext},
    ext_modules=ext_modules,

    packages=['fastFM'],

    package_data={'fastFM': ['fastFM/*.pxd']},

    version='0.2.9',
    url='http://ibayer.github.io/fastFM',
    author='Immanuel Bayer',
    author_email='immanuel.bayer@uni-konstanz.de',

    license='BSD',

    classifiers=[
        'Development Status :: 4 - Beta',
        'Intended Audience :: Developers',
        'Intended Audience :: Science/Research',
        'Topic :: Scientific/Engineering',

        'License :: OSI Approved :: BSD License',
        'Operating System :: Unix',

        'Programming Language :: Python :: 2',
        'Programming Language :: Python :: 2.6',
        'Programming Language :: Python :: 2.7',
        'Programming Language :: Python :: 3',
        'Programming Language :: Python :: 3.2',
        'Programming Language :: Python :: 3.3',
        'Programming Language :: Python :: 3.4',
        'Programming Language :: Python :: 3.5',
    ],

    install_requires=['numpy', 'scikit-learn', 'scipy']
)
