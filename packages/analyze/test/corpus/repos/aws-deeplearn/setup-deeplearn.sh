#!/bin/bash

####################################################################################
## deep learning setup script                                                     ##
## Matthew Trentacoste                                                            ##
## web@matttrent.com                                                              ##
## GitHub location: https://github.com/matttrent/aws-deeplearn                    ##
## Date updated: 2017-06-13                                                       ##
####################################################################################

# Only setup python packages--useful for rebuilding python environment
python_only="true"

# Setup x11vnc--useful on my home deep learning box
setup_vnc="false"

# Default shell config file--works with bash and zsh
shellrc=".zshrc"

# Choose Anaconda (full distribution) or Miniconda (only install selected packages)
# anaconda_python_version="Anaconda3-latest"
anaconda_python_version="Miniconda3-latest"

# The name for the initial Python library
python_env_name="science"

nvidia_cuda_version="8.0.61"
cudnn_version="5.1-0"


############################# END USER SETTINGS #############################

# BASH prompt colors
BLUE='\033[1;34m'
RED='\033[1;31m'
NC='\033[0m'

echo ""
echo -e $BLUE"############################################################################"$NC
echo -e $BLUE"#                     Compatible with Ubuntu 16.04                         #"$NC
echo -e $BLUE"############################################################################"$NC
echo ""
sleep 2

# Create download directory
if [[ ! -e $HOME/deeplearning_downloads ]]; then
	mkdir $HOME/deeplearning_downloads
fi
cd $HOME/deeplearning_downloads

if [[ $python_only == "false" ]]; then

	echo ""
	echo -e $BLUE"Installing apt-get packages"$NC
	echo ""
	sleep 1

	# Ensure system is updated and has my toolkit
	sudo apt-get update
	#sudo apt-get --assume-yes upgrade
	sudo apt-get --assume-yes install tmux vim zsh git curl openssh-server build-essential gcc g++ make cmake binutils software-properties-common graphviz 

	# install zsh
	sudo apt-get -y install zsh

	if [[ $setup_vnc == 'true' ]]; then

		sudo apt-get --assume-yes x11vnc
		# ... (x11vnc service configuration)
	fi

	echo ""
	echo -e $BLUE"Installing cuda drivers"$NC
	echo ""
	sleep 1

	# download and install GPU drivers
	wget "http://developer.download.nvidia.com/compute/cuda/repos/ubuntu1604/x86_64/cuda-repo-ubuntu1604_${nvidia_cuda_version}-1_amd64.deb" \
	      -O "cuda-repo-ubuntu1604_${nvidia_cuda_version}_amd64.deb"
	sudo dpkg -i cuda-repo-ubuntu1604_${nvidia_cuda_version}_amd64.deb
	sudo apt-get update
	sudo apt-get -y install cuda
	sudo modprobe nvidia
	nvidia-smi
	echo "export PATH=\"/usr/local/cuda/bin:\$PATH\"" >> $HOME/$shellrc
	export PATH="/usr/local/cuda/bin:$PATH"

	# optimize nvidia settings, turn off adaptive clock rate, set to max
	sudo nvidia-smi -pm 1
	sudo nvidia-smi --auto-boost-default=0
	sudo nvidia-smi -ac 2505,875

fi

echo ""
echo -e $BLUE"Installing Anaconda"$NC
echo ""
sleep 1

anaconda_short_python_version="anaconda"

# Install Anaconda for current user
if [[ ! -e "$HOME/$anaconda_short_python_version" ]]; then
    rm -rf "$HOME/$anaconda_short_python_version"

    if [[ $anaconda_python_version == "Anaconda"* ]]; then
    	wget_url="archive"
	else
		wget_url="miniconda"
	fi

    wget "https://repo.continuum.io/${wget_url}/${anaconda_python_version}-Linux-x86_64.sh" \ 
     -O "${anaconda_python_version}-Linux-x86_64.sh"
    bash "${anaconda_python_version}-Linux-x86_64.sh" -b -p $HOME/$anaconda_short_python_version
fi

echo "export PATH=\"$HOME/$anaconda_short_python_version/bin:\$PATH\"" >> $HOME/$shellrc
export PATH="$HOME/$anaconda_short_python_version/bin:$PATH"

echo ""
echo -e $BLUE"Setting up root Anaconda environment"$NC
echo ""
sleep 1

# upgrade everything, but keep python 3.5
conda upgrade -y --all
conda install -y -n root python=3.5

# Packages for builing conda packages and searching other channels
conda install -y -n root conda-build anaconda-client

# Add CUDNN to the base python environment
conda install -y -n root cudnn=$cudnn_version

# Setup paths and symbolic links to the local environment
sudo ln -s -f $HOME/$anaconda_short_python_version/include/cudnn.h /usr/local/cuda/include/
sudo ln -s -f $HOME/$anaconda_short_python_version/lib/libcudnn* /usr/local/cuda/lib64/

echo "export LIBRARY_PATH=\"/usr/local/cuda/lib64:\$LIBRARY_PATH\"" >> $HOME/$shellrc
echo "export LD_LIBRARY_PATH=\"/usr/local/cuda/lib64:\$LD_LIBRARY_PATH\"" >> $HOME/$shellrc
export LIBRARY_PATH="/usr/local/cuda/lib64:$LIBRARY_PATH"
export LD_LIBRARY_PATH="/usr/local/cuda/lib64:$LD_LIBRARY_PATH"

echo ""
echo -e $BLUE"Setting up $python_env_name Anaconda environment"$NC
echo ""
sleep 1

# The base conda repo--"science"
conda create -y -n $python_env_name
source activate $python_env_name

conda install -y -n $python_env_name \
bcolz ipython scipy numpy pandas scikit-learn pillow h5py py-xgboost dask \
matplotlib seaborn jupyter notebook gensim nltk

# The menpo version of opencv contains SIFT/SURF
conda install -y -n $python_env_name  -c menpo opencv3

echo ""
echo -e $BLUE"Configuring Jupyter notebook"$NC
echo ""
sleep 1

# Configure Jupyter
jupyter notebook --generate-config --y
# ... (token and password disabled in jupyter_notebook_config.py)

echo ""
echo -e $BLUE"Installing Keras, Theano, Tensorflow in 'deeplearn' environment"$NC
echo ""
sleep 1

conda create -y -n deeplearn --clone $python_env_name
source activate deeplearn

# Install and configure deep learning libraries 
conda install -y -n deeplearn \
cudnn=$cudnn_version theano tensorflow keras #caffe-gpu

# PyTorch installs its own CUDNN. Gross--it causes conflicts with theano. 
#conda install -y -n deeplearn -c soumith pytorch torchvision #cuda80

echo ""
echo -e $BLUE"Installing Keras, Theano in 'fastai' environment"$NC
echo ""
sleep 1

conda create -y -n fastai \
python=2.7 bcolz ipython scipy numpy pandas scikit-learn pillow h5py py-xgboost \
dask matplotlib seaborn jupyter notebook cudnn=$cudnn_version theano
source activate fastai
pip install keras==1.2.2

if [[ ! -e $HOME/.keras ]]; then
	mkdir $HOME/.keras
fi
cat > $HOME/.keras/keras.json << EOF
{
    "image_dim_ordering": "th",
    "epsilon": 1e-07,
    "floatx": "float32",
    "backend": "theano"
}
EOF

# Install and configure theano
cat > $HOME/.theanorc << EOF
[global]
device = cuda
floatX = float32
[cuda]
root = /usr/local/cuda
[dnn]
enabled = True
include_path = /usr/local/cuda/include
library_path = /usr/local/cuda/lib64
EOF

echo ""
echo -e $BLUE"******************************************************"$NC
echo -e $BLUE"** NOTE: this instance MUST be rebooted before use. **"$NC
echo -e $BLUE"******************************************************"$NC
echo ""
