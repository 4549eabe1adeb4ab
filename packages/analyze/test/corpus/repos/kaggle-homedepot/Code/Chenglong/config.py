# -*- coding: utf-8 -*-
"""
@author: Chenglong Chen <c.chenglong@gmail.com>
@brief: config for Homedepot project

"""

import os
import platform

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from utils import os_utils


# ---------------------- Overall -----------------------
TASK = "all"
# # for testing data processing and feature generation
# TASK = "sample"
SAMPLE_SIZE = 1000

# ------------------------ PATH ------------------------
ROOT_DIR = "../.."

DATA_DIR = "%s/Data"%ROOT_DIR
CLEAN_DATA_DIR = "%s/Clean"%DATA_DIR

FEAT_DIR = "%s/Feat"%ROOT_DIR
FEAT_FILE_SUFFIX = ".pkl"

OUTPUT_DIR = "%s/Output"%ROOT_DIR
SUBM_DIR = "%s/Subm"%OUTPUT_DIR

# word2vec/doc2vec/glove
WORD2VEC_MODEL_DIR = "%s/word2vec"%DATA_DIR
GLOVE_WORD2VEC_MODEL_DIR = "%s/glove/gensim"%DATA_DIR
DOC2VEC_MODEL_DIR = "%s/doc2vec"%DATA_DIR

# cv
N_RUNS = 5
N_FOLDS = 1

# xgboost
# mean of relevance in training set
BASE_SCORE = TRAIN_MEAN

# word2vec/doc2vec
EMBEDDING_ALPHA = 0.025
EMBEDDING_LEARNING_RATE_DECAY = 0.5
EMBEDDING_N_EPOCH = 5
EMBEDDING_MIN_COUNT = 3
EMBEDDING_DIM = 100
EMBEDDING_WINDOW = 5
EMBEDDING_WORKERS = 6

# ------------------------ OTHER ------------------------
RANDOM_SEED = 2016
PLATFORM = platform.system()
NUM_CORES = 4 if PLATFORM == "Windows" else 14

DATA_PROCESSOR_N_JOBS = 4 if PLATFORM == "Windows" else 6
AUTO_SPELLING_CHECKER_N_JOBS = 4 if PLATFORM == "Windows" else 8
# multi processing is not faster
AUTO_SPELLING_CHECKER_N_JOBS = 1

## rgf
RGF_CALL_EXE = "%s/rgf1.2/test/call_exe.pl"%THIRDPARTY_DIR
RGF_EXTENSION = ".exe" if PLATFORM == "Windows" else ""
RGF_EXE = "%s/rgf1.2/bin/rgf%s"%(THIRDPARTY_DIR, RGF_EXTENSION)
