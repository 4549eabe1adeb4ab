# Copyright 2024 The HuggingFace Team. All rights reserved.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import setuptools


DEPS = [
    "torch",
    "accelerate",
    "transformers",
]


setuptools.setup(
    name='local_gemma_2',
    version='0.0.1',
    author="The Hugging Face team",
    packages=setuptools.find_packages(),
    entry_points={
        'console_scripts': ['local-gemma-2=local_gemma_2.cli:main']
        },
    install_requires=DEPS,
)
