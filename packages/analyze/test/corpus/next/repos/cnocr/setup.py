#!/usr/bin/env python3
# coding: utf-8
# Copyright (C) 2021-2023, [Breezedeus](https://github.com/breezedeus).
# Licensed under the Apache License, Version 2.0

import os
from setuptools import find_packages, setup
from pathlib import Path

PACKAGE_NAME = "cnocr"

here = Path(__file__).parent

long_description = (here / "README.md").read_text(encoding="utf-8")

about = {}
exec(
    (here / PACKAGE_NAME.replace('.', os.path.sep) / "__version__.py").read_text(
        encoding="utf-8"
    ),
    about,
)

required = [
    "click",
    "tqdm",
    "torch>=1.8.0",
    "torchvision>=0.9.0",
    "numpy",
    "pytorch-lightning>=2.0.0",
    "wandb",
    "torchmetrics",
    "pillow>=5.3.0",
    "onnx",
    "cnstd>=1.2.5.1",
    "rapidocr_onnxruntime<1.4",
]
extras_require = {
    "ort-cpu": ["onnxruntime", "rapidocr_onnxruntime<1.4"],
    "ort-gpu": ["onnxruntime-gpu", "rapidocr_onnxruntime<1.4"],
    "serve": ["uvicorn[standard]", "fastapi", "python-multipart", "pydantic"],
    "dev": ["albumentations", "pip-tools", "pytest", "datasets[vision]"],
}

entry_points = """
[console_scripts]
cnocr = cnocr.cli:cli
cnocr-clf = cnocr.clf_cli:cli
"""

setup(
    name=PACKAGE_NAME,
    version=about['__version__'],
    description="Python3 package for Chinese/English OCR, with small pretrained models",
    long_description=long_description,
    long_description_content_type="text/markdown",
    author='breezedeus',
    license='Apache 2.0',
    url='https://github.com/breezedeus/cnocr',
    platforms=["Mac", "Linux", "Windows"],
    packages=find_packages(),
    include_package_data=True,
    entry_points=entry_points,
    install_requires=required,
    extras_require=extras_require,
    zip_safe=False,
    classifiers=[
        'Development Status :: 4 - Beta',
        'Operating System :: OS Independent',
        'Intended Audience :: Developers',
        'License :: OSI Approved :: Apache Software License',
        'Programming Language :: Python',
        'Programming Language :: Python :: 3',
        'Programming Language :: Python :: 3.7',
        'Programming Language :: Python :: 3.8',
        'Programming Language :: Python :: 3.9',
        'Programming Language :: Python :: 3.10',
        'Topic :: Scientific/Engineering :: Artificial Intelligence',
    ],
)
