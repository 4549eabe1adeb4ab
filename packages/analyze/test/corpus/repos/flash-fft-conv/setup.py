from setuptools import setup

if __name__ == "__main__":
    setup(name='flashfftconv',
          version='0.0.0',
          description='Fast FFT algorithms for convolutions',
          url='https://github.com/HazyResearch/flash-fft-conv',
          author='Dan Fu, Hermann Kumbong',
          author_email='danfu@cs.stanford.edu',
          license='Apache 2.0',
          packages=['flashfftconv'])
