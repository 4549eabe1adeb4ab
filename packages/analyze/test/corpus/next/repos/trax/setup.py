# coding=utf-8
# Copyright 2020 The Trax Authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.

# coding=utf-8
"""Install trax."""

from setuptools import find_packages
from setuptools import setup

setup(
    name='trax',
    version='1.3.6',
    description='Trax',
    long_description=(
        'Trax helps you understand deep learning. We start with basic maths and'
        ' go through layers, models, supervised and reinforcement learning. We '
        'get to advanced deep learning results, including recent papers and '
        'state-of-the-art models.'
    ),
    author='Google Inc.',
    author_email='no-reply@google.com',
    url='http://github.com/google/trax',
    license='Apache 2.0',
    packages=find_packages(),
    install_requires=[
        'absl-py',
        'funcsigs',
        'gin-config',
        'gym',
        'jax',
        'jaxlib',
        'numpy',
        'psutil',
        'scipy',
        'six',
        't5',
        'tensorflow-datasets',
        'tensorflow-text'
    ],
    extras_require={
        'tensorflow': ['tensorflow>=1.15.0'],
        'tensorflow_gpu': ['tensorflow-gpu>=1.15.0'],
        'tests': [
            'attrs',
            'jupyter',
            'matplotlib',
            'mock',
            'parameterized',
            'pylint',
            'pytest',
            'wrapt==1.11.*',
        ],
        't2t': ['tensor2tensor',],
    },
    classifiers=[
        'Development Status :: 4 - Beta',
        'Intended Audience :: Developers',
        'Intended Audience :: Science/Research',
        'License :: OSI Approved :: Apache Software License',
        'Topic :: Scientific/Engineering :: Artificial Intelligence',
    ],
    keywords='tensorflow machine learning jax',
)
