# -*- coding: utf-8 -*-
"""
@author: Chenglong Chen <c.chenglong@gmail.com>
@brief: utils for Keras models

"""

from sklearn.preprocessing import StandardScaler
from keras.models import Sequential
from keras.layers.core import Dense, Layer, Dropout, Activation
from keras.layers.normalization import BatchNormalization
from keras.layers.advanced_activations import ELU, PReLU
from keras.optimizers import SGD
from keras.utils import np_utils, generic_utils


class KerasDNNRegressor:
    def __init__(self, input_dropout=0.2, hidden_layers=2, hidden_units=64, 
                hidden_activation="relu", hidden_dropout=0.5, batch_norm=None, 
                optimizer="adadelta", nb_epoch=10, batch_size=64):
        self.input_dropout = input_dropout
        self.hidden_layers = hidden_layers
        self.hidden_units = hidden_units
        self.hidden_activation = hidden_activation
        self.hidden_dropout = hidden_dropout
        self.batch_norm = batch_norm
        self.optimizer = optimizer
        self.nb_epoch = nb_epoch
        self.batch_size = batch_size
        self.scaler = None
        self.model = None

    def fit(self, X, y):
        ## scaler
        self.scaler = StandardScaler()
        X = self.scaler.fit_transform(X)

        #### build model
        self.model = Sequential()
        ## input layer
        self.model.add(Dropout(self.input_dropout, input_shape=(X.shape[1],)))

        ## fit
        self.model.fit(X, y,
                    nb_epoch=self.nb_epoch, 
                    batch_size=self.batch_size,
                    validation_split=0, verbose=0)
        return self

    def predict(self, X):
        X = self.scaler.transform(X)
        y_pred = self.model.predict(X)
        y_pred = y_pred.flatten()
        return y_pred
