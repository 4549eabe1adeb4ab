#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Created on Wed May 23 11:11:57 2018

@author: kazuki.onodera
"""

import numpy as np
import pandas as pd
import os, utils
utils.start(__file__)
#==============================================================================

os.system('rm -rf ../data')
os.system('mkdir ../data')

df = pd.read_csv('../input/application_train.csv.zip')
df['CODE_GENDER'] = 1 - (df['CODE_GENDER']=='F')*1 # 4 'XNA' are converted to 'M'
df['FLAG_OWN_CAR'] = (df['FLAG_OWN_CAR']=='Y')*1
df['FLAG_OWN_REALTY'] = (df['FLAG_OWN_REALTY']=='Y')*1
df['FLAG_OWN_REALTY'] = (df['FLAG_OWN_REALTY']=='Yes')*1
utils.to_pickles(df, '../data/train', utils.SPLIT_SIZE)
utils.to_pickles(df[['TARGET']], '../data/label', utils.SPLIT_SIZE)

# ... (test, previous_application, POS_CASH_balance, bureau, credit_card_balance,
#      installments_payments conversions trimmed)

df = pd.read_csv('../input/bureau.csv.zip')
utils.to_pickles(df, '../data/bureau', utils.SPLIT_SIZE)

#==============================================================================
utils.end(__file__)
