#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Created on Tue May 30 23:28:19 2017

@author: konodera

nohup python -u 002_xgb_holdout_item_812_1.py > LOG/_xgb_item.txt &


"""

import warnings
warnings.filterwarnings("ignore")
import pandas as pd
import numpy as np
from tqdm import tqdm
import gc
import sys
sys.path.append('/home/konodera/Python')
import xgbextension as ex
import xgboost as xgb
import utils

utils.start(__file__)



# setting
DATE = '812_1'
LOOP = 2
ESR = 40

#seed = np.random.randint(99999)
seed = 71

np.random.seed(seed)

valid_size = 0.05


# XGB param
nround = 10000
#nround = 10

param = {'max_depth':10, 
         'eta':0.02,
         'colsample_bytree':0.4,
         'subsample':0.75,
         'silent':1,
         'nthread':27,
         'eval_metric':'logloss',
         'objective':'binary:logistic',
         'tree_method':'hist'
         }

#==============================================================================
# prepare
#==============================================================================
train = pd.concat([utils.load_pred_item('trainT-0'),
                   utils.load_pred_item('trainT-1'),
                   utils.load_pred_item('trainT-2')
                   ], ignore_index=True)

y_train = train['y']
X_train = train.drop('y', axis=1)
del train
gc.collect()

# ...

#==============================================================================
print('hold out')
#==============================================================================
utils.mkdir_p('../output/model/{}/'.format(DATE))

# hold out
models = []
for i in range(LOOP):
    print('LOOP',i)
    dbuild, dvalid, watchlist = split_build_valid()
    
    if i==0:
        col_train = dbuild.feature_names
        
    model = xgb.train(param, dbuild, nround, watchlist,
                      early_stopping_rounds=ESR, verbose_eval=5)
    models.append(model)
    model.save_model('../output/model/{}/xgb_item_{}.model'.format(DATE, i))

#==============================================================================
print('test')
#==============================================================================
test = utils.load_pred_item('test').fillna(-1)

sub_test = test[['order_id', 'product_id']]

dtest  = xgb.DMatrix(test[col_train])
sub_test['yhat'] = 0
for model in models:
    sub_test['yhat'] += model.predict(dtest)
sub_test['yhat'] /= LOOP
print('Test Mean:', sub_test['yhat'].mean())

sub_test.to_pickle('../output/sub/{}/sub_test.p'.format(DATE))

#==============================================================================
utils.end(__file__)
