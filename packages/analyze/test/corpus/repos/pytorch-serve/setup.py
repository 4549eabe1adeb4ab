"""
Setup.py for the model server package
"""

import errno
import os
import platform
import subprocess
import sys
from datetime import date
from shutil import copy2, rmtree

import setuptools.command.build_py
from setuptools import setup, find_packages, Command

import ts

pkgs = find_packages(exclude=["ts_scripts", "test"])

build_frontend_command = {
    "Windows": ".\\frontend\\gradlew.bat -p frontend clean assemble",
    "Darwin": "frontend/gradlew -p frontend clean assemble",
    "Linux": "frontend/gradlew -p frontend clean assemble"
}
build_plugins_command = {
    'Windows': '.\\plugins\\gradlew.bat -p plugins clean bS',
    'Darwin': 'plugins/gradlew -p plugins clean bS',
    'Linux': 'plugins/gradlew -p plugins clean bS'
}


class BuildFrontEnd(setuptools.command.build_py.build_py):
    """
    Class defined to run custom commands.
    """
    description = 'Build Model Server Frontend'
    source_server_file = os.path.abspath(
        'frontend/server/build/libs/server-1.0.jar')
    dest_file_name = os.path.abspath('ts/frontend/model-server.jar')

    def run(self):
        # ... (body trimmed)
        subprocess.check_call(build_frontend_command[platform.system()],
                              shell=True)
        copy2(self.source_server_file, self.dest_file_name)


if __name__ == '__main__':
    name = 'torchserve'
    # ... (nightly version handling trimmed)

    requirements = ['Pillow', 'psutil', 'future', 'packaging']

    setup(
        name=name,
        version=version,
        description=
        'TorchServe is a tool for serving neural net models for inference',
        author='PyTorch Serving team',
        author_email='noreply@noreply.com',
        long_description=pypi_description(),
        url='https://github.com/pytorch/serve.git',
        keywords='TorchServe PyTorch Serving Deep Learning Inference AI',
        packages=pkgs,
        cmdclass={
            'build_frontend': BuildFrontEnd,
            'build_plugins': BuildPlugins,
            'build_py': BuildPy,
        },
        install_requires=requirements,
        entry_points={'console_scripts': ['torchserve=ts.model_server:start',]},
        include_package_data=True,
        license='Apache License Version 2.0')
