
"""
gsutil -m cp ../feature/* gs://homecredit_ko

gsutil -m rsync -d -r ../feature gs://homecredit_ko

../input/application_train.csv.zip: 
    Shape: (307511, 122)

../input/application_test.csv.zip: 
    Shape: (48744, 121)
"""

import warnings
warnings.filterwarnings("ignore")
import pandas as pd
import numpy as np
from glob import glob
import os
from tqdm import tqdm
#from itertools import combinations
from sklearn.model_selection import KFold
from time import time, sleep
from datetime import datetime
import gc

# =============================================================================
# global variables
# =============================================================================

COMPETITION_NAME = 'home-credit-default-risk'

SPLIT_SIZE = 20

# =============================================================================
# def
# =============================================================================
def start(fname):
    global st_time
    st_time = time()
    ...

def to_pickles(df, path, split_size=3, inplace=True):
    """
    path = '../output/mydf'
    
    wirte '../output/mydf/0.p'
          '../output/mydf/1.p'
          '../output/mydf/2.p'
    
    """
    print(f'shape: {df.shape}')
    
    if inplace==True:
        df.reset_index(drop=True, inplace=True)
    else:
        df = df.reset_index(drop=True)
    gc.collect()
    mkdir_p(path)
    
    kf = KFold(n_splits=split_size)
    for i, (train_index, val_index) in enumerate(tqdm(kf.split(df))):
        df.iloc[val_index].to_pickle(f'{path}/{i:03d}.p')
    return

def read_pickles(path, col=None, use_tqdm=True):
    ...

def reduce_memory(df, ix_start=0):
    ...

# =============================================================================
# other API
# =============================================================================
def submit(file_path, comment='from API'):
    os.system(f'kaggle competitions submit -c {COMPETITION_NAME} -f {file_path} -m "{comment}"')
    sleep(60) # tekito~~~~
    ...

import requests
def send_line(message):
    ...
