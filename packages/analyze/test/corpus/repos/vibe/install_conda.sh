export CONDA_ENV_NAME=vibe-env
echo $CONDA_ENV_NAME

conda create -y -n $CONDA_ENV_NAME python=3.7

eval "$(conda shell.bash hook)"
conda activate $CONDA_ENV_NAME

which python
which pip

pip install numpy torch torchvision
pip install -r requirements.txt