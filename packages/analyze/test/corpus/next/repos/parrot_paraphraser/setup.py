from setuptools import setup

setup(
    name='parrot',
    version='1.0',
    description='Parrot paraphraser',
    url='git@github.com:PrithivirajDamodaran/Parrot.git',
    author='Prithiviraj Damodaran',
    author_email='d.prithiviraj@gmail.com',
    license='Apache 2.0',
    packages=[parrot],
    zip_safe=False
)
