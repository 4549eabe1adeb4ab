#!/usr/bin/env python

import sys, os
import shutil
from collections import defaultdict
try:
    from setuptools import setup
except ImportError:
    from distutils.core import setup


setup_args = {}
install_requires = ['param>=1.8.0,<2.0', 'numpy>=1.0', 'pyviz_comms>=0.7.0']

extras_require = {}

# Notebook dependencies
extras_require['notebook'] = ['ipython>=5.4.0,<=7.1.1', 'notebook']

# IPython Notebook + pandas + matplotlib + bokeh
extras_require['recommended'] = extras_require['notebook'] + [
    'pandas', 'matplotlib>=2.1', 'bokeh>=1.0.0', 'scipy']

# Requirements to run all examples
extras_require['examples'] = extras_require['recommended'] + [
    'networkx', 'pillow>=5.3.0', 'xarray>=0.10.4', 'flexx==0.4.1',
    'plotly>=3.4', 'datashader', 'selenium', 'phantomjs', 'ffmpeg']

# Extra third-party libraries
extras_require['extras'] = extras_require['examples']+['cyordereddict']

# Test requirements
extras_require['tests'] = ['nose', 'flake8', 'awscli', 'coveralls', 'deepdiff',
                           'path.py', 'nbconvert==5.3.1', 'jsonschema==2.6.0']

# Everything including cyordereddict (optimization) and nosetests
extras_require['all'] = (extras_require['extras']+extras_require['tests'])


def get_setup_version(reponame):
    """
    Helper to get the current version from either git describe or the
    .version file (if available).
    """
    ...

setup_args.update(dict(
    name='holoviews',
    version=get_setup_version("holoviews"),
    install_requires=install_requires,
    extras_require=extras_require,
    description='Stop plotting your data - annotate your data and let it visualize itself.',
    long_description=open("README.md").read(),
    long_description_content_type="text/markdown",
    author="Jean-Luc Stevens and Philipp Rudiger",
    author_email="holoviews@gmail.com",
    maintainer="IOAM",
    maintainer_email="holoviews@gmail.com",
    platforms=['Windows', 'Mac OS X', 'Linux'],
    license='BSD',
    url='http://www.holoviews.org',
    entry_points={
        'console_scripts': [
            'holoviews = holoviews.util.command:main'
        ]},
    packages=["holoviews",
              "holoviews.core",
              "holoviews.core.data",
              "holoviews.element",
              "holoviews.ipython",
              "holoviews.util",
              "holoviews.operation",
              "holoviews.plotting",
              "holoviews.plotting.mpl",
              "holoviews.plotting.bokeh",
              "holoviews.plotting.plotly",
              "holoviews.plotting.widgets"],
    classifiers=[
        "License :: OSI Approved :: BSD License",
        "Development Status :: 5 - Production/Stable",
        "Programming Language :: Python :: 2.7",
        "Programming Language :: Python :: 3.5",
        "Programming Language :: Python :: 3.6",
        "Operating System :: OS Independent",
        "Intended Audience :: Science/Research",
        "Intended Audience :: Developers",
        "Natural Language :: English",
        "Topic :: Scientific/Engineering",
        "Topic :: Software Development :: Libraries"]
))


if __name__ == "__main__":
    example_path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                'holoviews/examples')
    if 'develop' not in sys.argv:
        package_assets(example_path)

    if 'install' in sys.argv:
        header = "HOLOVIEWS INSTALLATION INFORMATION"
        bars = "="*len(header)

        extras = '\n'.join('holoviews[%s]' % e for e in setup_args['extras_require'])

        print("%s\n%s\n%s" % (bars, header, bars))

        print("\nHoloViews supports the following installation types:\n")
        print("%s\n" % extras)
        print("Users should consider using one of these options.\n")
        print("By default only a core installation is performed and ")
        print("only the minimal set of dependencies are fetched.\n\n")
        print("For more information please visit http://holoviews.org/install.html\n")
        print(bars+'\n')

    setup(**setup_args)

    if os.path.isdir(example_path):
        shutil.rmtree(example_path)
