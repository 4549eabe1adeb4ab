from setuptools import setup, find_packages

setup(
    name="attorch",
    version="0.1",
    author="BobMcDear",
    url="https://github.com/BobMcDear/attorch",
    packages=find_packages(),
)
