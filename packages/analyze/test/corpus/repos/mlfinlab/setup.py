# Great link to learn to build a package:
# https://packaging.python.org/guides/distributing-packages-using-setuptools/#choosing-a-versioning-scheme

# Always prefer setuptools over distutils
from setuptools import setup, find_packages
from os import path

here = path.abspath(path.dirname(__file__))

# Get the long description from the README file
with open(path.join(here, 'README.md'), encoding='utf-8') as f:
    long_description = f.read()

# Arguments marked as "Required" below must be included for upload to PyPI.
# Fields marked as "Optional" may be commented out.

setup(
    name='mlfinlab',  # Required
    version='0.5.0',  # Required
    description='Package based on the text book: Advances in Financial Machine Learning, by Marcos Lopez de Prado',  # Optional
    long_description=long_description,  # Optional
    long_description_content_type='text/markdown',  # Optional (see note above)
    url='https://www.hudsonthames.org/',  # Optional
    author='Hudson and Thames Quantitative Research',  # Optional
    author_email='research@hudsonthames.org',  # Optional
    classifiers=[  # Optional
        'Development Status :: 3 - Alpha',
        'Intended Audience :: Developers',
        'Intended Audience :: Education',
        'Intended Audience :: Science/Research',
        'Intended Audience :: Financial and Insurance Industry',

        'Topic :: Scientific/Engineering',
        'Topic :: Scientific/Engineering :: Artificial Intelligence',
        'Topic :: Office/Business :: Financial :: Investment',

        'License :: OSI Approved :: BSD License',

        'Operating System :: OS Independent',
        
        'Programming Language :: Python',
        'Programming Language :: Python :: 3.6',
        'Programming Language :: Python :: 3.7',
    ],
    keywords='machinelearning finance investment education',  # Optional
    packages=find_packages(exclude=['contrib', 'docs']),  # Required

    # Specify which Python versions you support. In contrast to the
    # 'Programming Language' classifiers above, 'pip install' will check this
    # and refuse to install the project if the version does not match. If you
    # do not support Python 2, you can simplify this to '>=3.5' or similar, see
    # https://packaging.python.org/guides/distributing-packages-using-setuptools/#python-requires
    python_requires='~=3.6',

    # This field lists other packages that your project depends on to run.
    # Any package you put here will be installed by pip when your project is
    # installed, so they must be valid existing projects.
    #
    # For an analysis of "install_requires" vs pip's requirements files see:
    # https://packaging.python.org/en/latest/requirements.html
    # install_requires=['peppercorn'],  # Optional

    platforms='any',
    project_urls={  # Optional
        'Documentation': 'https://mlfinlab.readthedocs.io/en/latest/',
        'Bug Reports': 'https://github.com/hudson-and-thames/mlfinlab/issues',
        'Project Boards': 'https://github.com/orgs/hudson-and-thames/projects',
        'Source': 'https://github.com/hudson-and-thames/mlfinlab',
        'Blog': 'https://hudsonthames.org/blog/',
    },

    # Create package
    # python setup.py bdist_wheel
    # python3 -m twine upload --repository-url https://test.pypi.org/legacy/ dist/*  (This is the test repo)
    # twine upload dist/*  (This is official repo)
)
