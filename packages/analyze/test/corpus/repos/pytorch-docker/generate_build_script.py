import os
from argparse import ArgumentParser


PYTORCH_VERSIONS = {
    '1.13.0': {
        'cpu': [
            '1.13.0', 'cpu', '0.14.0', 'cpu', '0.13.0', 'cpu',
            'https://download.pytorch.org/whl/cpu/torch_stable.html',
        ],
        '11.6': [
            '1.13.0', 'cu116', '0.14.0', 'cu116', '0.13.0', 'cu116',
            'https://download.pytorch.org/whl/cu116/torch_stable.html',
        ],
        '11.7': [
            '1.13.0', 'cu117', '0.14.0', 'cu117', '0.13.0', 'cu117',
            'https://download.pytorch.org/whl/cu117/torch_stable.html',
        ],
    },
    '1.12.1': {
        'cpu': [
            '1.12.1', 'cpu', '0.13.1', 'cpu', '0.12.1', 'cpu',
            'https://download.pytorch.org/whl/cpu/torch_stable.html',
        ],
        '10.2': [
            '1.12.1', 'cu102', '0.13.1', 'cu102', '0.12.1', 'cu102',
            'https://download.pytorch.org/whl/cu102/torch_stable.html',
        ],
        '11.3': [
            '1.12.1', 'cu113', '0.13.1', 'cu113', '0.12.1', 'cu113',
            'https://download.pytorch.org/whl/cu113/torch_stable.html',
        ],
        '11.6': [
            '1.12.1', 'cu116', '0.13.1', 'cu116', '0.12.1', 'cu116',
            'https://download.pytorch.org/whl/cu116/torch_stable.html',
        ],
    },
    # ... (1.12.0 down to 1.2.0)
    '1.2.0': {
        'cpu': [
            '1.2.0', 'cpu', '0.4.0', 'cpu', '', '',
            'https://download.pytorch.org/whl/torch_stable.html',
        ],
        '9.2': [
            '1.2.0', 'cu92', '0.4.0', 'cu92', '', '',
            'https://download.pytorch.org/whl/torch_stable.html',
        ],
        '10.0': [
            '1.2.0', '', '0.4.0', '', '', '',
            '',
        ],
    },
}


OS_VERSIONS = {
    'ubuntu': ['14.04', '16.04', '18.04', '20.04'],
    'centos': ['6', '7', '8']
}


CUDA_VERSIONS = {
    '9.2': {
        'version_name': '9.2',
        'cudnn': '7',
        'ubuntu_available': ['16.04', '18.04'],
        'centos_available': ['6', '7'],
    },
    '10.2': {
        'version_name': '10.2',
        'cudnn': '7',
        'ubuntu_available': ['16.04', '18.04'],
        'centos_available': ['6', '7', '8'],
    },
    '11.3': {
        'version_name': '11.3.1',
        'cudnn': '8',
        'ubuntu_available': ['16.04', '18.04', '20.04'],
        'centos_available': ['7', '8'],
    },
    '11.6': {
        'version_name': '11.6.2',
        'cudnn': '8',
        'ubuntu_available': ['18.04', '20.04'],
        'centos_available': ['7'],
    },
    '11.7': {
        'version_name': '11.7.1',
        'cudnn': '8',
        'ubuntu_available': ['18.04', '20.04', '22.04'],
        'centos_available': ['7'],
    },
}


BUILD_SH_TEMPLATE_UBUNTU = """#!/bin/sh

export BASE_IMAGE={base_image}

export PYTHON_VERSION={python_version}

export PYTORCH_VERSION={}
export PYTORCH_VERSION_SUFFIX={}
export TORCHVISION_VERSION={}
export TORCHVISION_VERSION_SUFFIX={}
export TORCHAUDIO_VERSION={}
export TORCHAUDIO_VERSION_SUFFIX={}
export PYTORCH_DOWNLOAD_URL={}

export IMAGE_TAG={image_tag}

./docker/ubuntu/build.sh
"""


def generate_build_args(os_name, os_version, python_version, pytorch_version, cuda_version, cuda_flavor=None):
    if os_version not in OS_VERSIONS[os_name]:
        raise ValueError(f'OS {os_name} {os_version} is not available')

    if cuda_version == 'cpu':
        base_image = '{}:{}'.format(os_name, os_version)
        image_tag = '{}-py{}-{}{}'.format(pytorch_version, python_version, os_name, os_version)
    else:
        if os_version not in CUDA_VERSIONS[cuda_version][os_name + '_available']:
            raise ValueError(f'CUDA {cuda_version} is not available in {os_name} {os_version}!')
        if cuda_flavor is None:
            base_image = '{}:{}'.format(os_name, os_version)
            image_tag = '{}-py{}-cuda{}-{}{}'.format(
                pytorch_version, python_version, CUDA_VERSIONS[cuda_version]['version_name'],
                os_name, os_version
            )
        else:
            if cuda_flavor not in ('runtime', 'devel'):
                raise ValueError(f'CUDA flavor is not available!')

            base_image = 'nvidia/cuda:{}-cudnn{}-{}-{}{}'.format(
                CUDA_VERSIONS[cuda_version]['version_name'], CUDA_VERSIONS[cuda_version]['cudnn'],
                # ...
            )
    # ...
