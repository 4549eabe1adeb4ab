"""
Gregory Way 2017
Variational Autoencoder - Pan Cancer
scripts/vae_pancancer.py

Usage:

    Run in command line with required command arguments:

        python scripts/vae_pancancer.py --learning_rate
                                        --batch_size
                                        --epochs
                                        --kappa
                                        --depth
                                        --output_filename

    Typically, arguments to this script are compiled automatically by:

        python scripts/vae_paramsweep.py --parameter_file <parameter-filepath>
                                         --config_file <configuration-filepath>

Output:
Loss and validation loss for the specific model trained
"""

import os
import argparse
import numpy as np
import pandas as pd

import tensorflow as tf
from keras.layers import Input, Dense, Lambda, Layer, Activation
from keras.layers.normalization import BatchNormalization
from keras.models import Model, Sequential
from keras import backend as K
from keras import metrics, optimizers
from keras.callbacks import Callback

parser = argparse.ArgumentParser()
parser.add_argument('-l', '--learning_rate',
                    help='learning rate of the optimizer')
parser.add_argument('-b', '--batch_size',
                    help='Number of samples to include in each learning batch')
parser.add_argument('-e', '--epochs',
                    help='How many times to cycle through the full dataset')
parser.add_argument('-k', '--kappa',
                    help='How fast to linearly ramp up KL loss')
parser.add_argument('-d', '--depth',
                    help='Number of layers between input and latent layer')
parser.add_argument('-c', '--first_layer',
                    help='Dimensionality of the first hidden layer',
                    default=100)
parser.add_argument('-f', '--output_filename',
                    help='The name of the file to store results')
args = parser.parse_args()

# Set hyper parameters
learning_rate = float(args.learning_rate)
batch_size = int(args.batch_size)
epochs = int(args.epochs)
kappa = float(args.kappa)
depth = int(args.depth)
first_layer = int(args.first_layer)
output_filename = args.output_filename

# Load Data
rnaseq_file = os.path.join('data', 'pancan_scaled_zeroone_rnaseq.tsv')
rnaseq_df = pd.read_table(rnaseq_file, index_col=0)

# Set architecture dimensions
original_dim = rnaseq_df.shape[1]
latent_dim = 100
epsilon_std = 1.0
beta = K.variable(0)
if depth == 2:
    latent_dim2 = int(first_layer)

# Random seed
seed = int(np.random.randint(low=0, high=10000, size=1))
np.random.seed(seed)


# Function for reparameterization trick to make model differentiable
def sampling(args):

    # Function with args required for Keras Lambda function
    z_mean, z_log_var = args

    # Draw epsilon of the same shape from a standard normal distribution
    epsilon = K.random_normal(shape=tf.shape(z_mean), mean=0.,
                              stddev=epsilon_std)

    # The latent vector is non-deterministic and differentiable
    # in respect to z_mean and z_log_var
    z = z_mean + K.exp(z_log_var / 2) * epsilon
    return z

adam = optimizers.Adam(lr=learning_rate)
vae_layer = CustomVariationalLayer()([rnaseq_input, rnaseq_reconstruct])
vae = Model(rnaseq_input, vae_layer)
vae.compile(optimizer=adam, loss=None, loss_weights=[beta])

# fit Model
hist = vae.fit(np.array(rnaseq_train_df),
               shuffle=True,
               epochs=epochs,
               batch_size=batch_size,
               validation_data=(np.array(rnaseq_test_df),
                                np.array(rnaseq_test_df)),
               callbacks=[WarmUpCallback(beta, kappa)])

# Save training performance
history_df = pd.DataFrame(hist.history)
history_df.to_csv(output_filename, sep='\t')
