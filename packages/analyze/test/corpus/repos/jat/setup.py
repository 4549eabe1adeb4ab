# Lint as: python3
""" HuggingFace/gia is an open library the training of generally intelligent agents

Note:

    VERSION needs to be formatted following the MAJOR.MINOR.PATCH convention
    (we need to follow this convention to be able to retrieve versioned scripts)

(release checklist trimmed)
"""
# from skbuild import setup
from distutils.core import setup

from setuptools import find_packages


__version__ = "0.0.1.dev0"  # expected format is one of x.y.z.dev0, or x.y.z.rc1 or x.y.z (no to dashes, yes to dots)

REQUIRED_PKGS = [
    "accelerate",
    "datasets",
    "gymnasium",  # For RL action spaces and API
    "huggingface_hub>=0.10",  # For sharing objects, environments & trained RL policies
    "numpy",
    "opencv-python",
    "torch",
    "transformers",
    "wandb",
]


DEV_REQUIRE = []

TESTS_REQUIRE = [
    "free-mujoco-py",
    "gymnasium[accept-rom-license,atari,mujoco]",
    "metaworld @ git+https://github.com/qgallouedec/Metaworld@gym2.6_register",
    "minigrid",
    "pytest-xdist",
    "pytest",
]

QUALITY_REQUIRE = ["black[jupyter]~=22.0", "ruff", "pyyaml>=5.3.1"]

EXTRAS_REQUIRE = {
    "dev": DEV_REQUIRE + TESTS_REQUIRE + QUALITY_REQUIRE,
    "test": TESTS_REQUIRE,
}


setup(
    name="gia",
    version=__version__,
    description="is an open library for the training of generally intelligent agents",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    author="HuggingFace Inc.",
    author_email="edward@huggingface.co",
    url="https://github.com/huggingface/gia",
    download_url="https://github.com/huggingface/gia/tags",
    license="Apache 2.0",
    package_dir={"": "./"},
    packages=find_packages(where="./", include="gia*"),
    install_requires=REQUIRED_PKGS,
    extras_require=EXTRAS_REQUIRE,
    classifiers=[
        "Development Status :: 5 - Production/Stable",
        "Intended Audience :: Developers",
        "Intended Audience :: Education",
        "Intended Audience :: Science/Research",
        "License :: OSI Approved :: Apache Software License",
        "Operating System :: OS Independent",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3.8",
        "Programming Language :: Python :: 3.9",
        "Programming Language :: Python :: 3.10",
        "Topic :: Scientific/Engineering :: Artificial Intelligence",
    ],
    keywords="simulation environments machine learning reinforcement learning deep learning",
    zip_safe=False,  # Required for mypy to find the py.typed file
    python_requires=">=3.8",
)
