#!/usr/bin/env python3
# Copyright (c) Meta Platforms, Inc. and affiliates. All Rights Reserved.
#
# This source code is licensed under the MIT license found in the
# LICENSE file in the root directory of this source tree.

import os
import sys

from setuptools import Extension, find_packages, setup
if sys.version_info < (3, 6):
    sys.exit("Sorry, Python >= 3.6 is required for metaseq.")

# ... (write_version_py, README read trimmed)

extensions = [
    NumpyExtension(
        "metaseq.data.data_utils_fast",
        sources=["metaseq/data/data_utils_fast.pyx"],
        language="c++",
        extra_compile_args=extra_compile_args,
    ),
    NumpyExtension(
        "metaseq.data.token_block_utils_fast",
        sources=["metaseq/data/token_block_utils_fast.pyx"],
        language="c++",
        extra_compile_args=extra_compile_args,
    ),
    Extension(
        "metaseq.data.atomic_array",
        sources=["metaseq/data/atomic_array.cpp"],
        language="c++",
    ),
]


cmdclass = {}


try:
    # torch is not available when generating docs
    from torch.utils import cpp_extension

    cmdclass["build_ext"] = cpp_extension.BuildExtension

except ImportError:
    pass


def do_setup(package_data):
    setup(
        name="metaseq",
        version=version,
        description="MetaSeq, a framework for large language models, from Meta",
        url="https://github.com/facebookresearch/metaseq",
        long_description=readme,
        long_description_content_type="text/markdown",
        setup_requires=[
            "cython",
            'numpy; python_version>="3.7"',
            "setuptools>=18.0",
        ],
        install_requires=[
            # protobuf version pinned due to tensorboard not pinning a version.
            #  https://github.com/protocolbuffers/protobuf/issues/10076
            "protobuf==3.20.1",
            "aim>=3.9.4",
            "azure-storage-blob",
            "boto3",
            "black==22.3.0",
            "click==8.0.4",
            "cython",
            'dataclasses; python_version<"3.7"',
            "editdistance",
            "fire",
            "flask==2.1.1",  # for api
            "hydra-core>=1.1.0,<1.2",
            "iopath",
            "ipdb",
            "ipython",
            "Jinja2==3.1.1",  # for evals
            "markupsafe",  # for evals
            "more_itertools",
            "mypy",
            "ninja",
            'numpy; python_version>="3.7"',
            "omegaconf<=2.1.1",
            "pre-commit",
            "pytest",
            "regex",
            "sklearn",  # for evals
            "sacrebleu",  # for evals
            "tensorboard==2.8.0",
            "timeout-decorator",
            "tokenizers",
            "torch",
            "tqdm",
            "typing_extensions",
        ],
        dependency_links=dependency_links,
        packages=find_packages(
            exclude=[
                "scripts",
                "scripts.*",
                "tests",
                "tests.*",
            ]
        ),
        extras_require={
            "dev": [
                "flake8==3.9.2",
                "black==22.3.0",
                # test deps
                "iopath",
                "transformers",
                "pyarrow",
                "boto3",
            ]
        },
        package_data=package_data,
        ext_modules=extensions,
        test_suite="tests",
        entry_points={
            "console_scripts": [
                "metaseq-train = metaseq_cli.train:cli_main",
                "metaseq-validate = metaseq_cli.validate:cli_main",
                "opt-baselines = metaseq.launcher.opt_baselines:cli_main",
                "metaseq-api-local = metaseq_cli.interactive_hosted:cli_main",
            ],
        },
        cmdclass=cmdclass,
        zip_safe=False,
    )


if __name__ == "__main__":
    package_data = {"metaseq": (get_files(os.path.join("metaseq", "config")))}
    do_setup(package_data)
