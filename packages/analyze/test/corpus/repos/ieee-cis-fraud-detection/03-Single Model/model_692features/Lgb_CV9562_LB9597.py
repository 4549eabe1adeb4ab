import numpy as np
import pandas as pd
# Data processing, metrics and modeling
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split, StratifiedKFold,KFold
#from bayes_opt import BayesianOptimization
from datetime import datetime
from sklearn.metrics import precision_score, recall_score, confusion_matrix, accuracy_score, roc_auc_score, f1_score, roc_curve, auc,precision_recall_curve
from sklearn import metrics
from sklearn import preprocessing
# Lgbm
import lightgbm as lgb
# Suppr warning
import warnings
warnings.filterwarnings("ignore")
import itertools
from scipy import interp
# Plots
import seaborn as sns
import matplotlib.pyplot as plt

param_lgb = {'subsample': 0.95,
            'colsample_bytree': 0.9,
            'max_depth': 50,
            'min_child_weight': 0.0029805017044362268,
            'min_child_samples': 10,
            'num_leaves': 381, # use 381
            'reg_alpha': 1.0,
            'reg_lambda': 2.0,
            'n_estimators':3000,
            'learning_rate': 0.03,
            'early_stopping_rounds': 200,
            'first_metric_only': True,
            #'class_weight':'balanced',
               'objective': 'binary',
               'save_binary': True,
               'seed': 1337,
               'feature_fraction_seed': 1337,
               'bagging_seed': 1337,
               'drop_seed': 1337,
               'data_random_seed': 1337,
               'boosting_type': 'gbdt',
               'verbose': 100,
               'is_unbalance': False,
               'boost_from_average': True,
               'metric':'auc'
   }


train_df=pd.read_pickle('E:/IEEE_top3/model_data/train_df_692features_lb9597.pkl')
test_df=pd.read_pickle('E:/IEEE_top3/model_data/test_df_692features_lb9597.pkl')

features=list(test_df.columns)
target = 'isFraud'

nfold = 5
#skf = StratifiedKFold(n_splits=nfold, shuffle=True, random_state=42)
skf = KFold(n_splits=nfold, shuffle=False, random_state=42)
oof = np.zeros(len(train_df))
predictions = np.zeros(len(test_df))
feature_importance_df = pd.DataFrame()
i = 1
clf = lgb.LGBMClassifier()
clf.set_params(**param_lgb)
for train_idx, valid_idx in skf.split(train_df, train_df.isFraud.values):
   print("\nfold {}".format(i))
   x_train = train_df.iloc[train_idx][features]
   y_train = train_df.iloc[train_idx][target]
   x_val = train_df.iloc[valid_idx][features]
   y_val = train_df.iloc[valid_idx][target]
   clf.fit(x_train, y_train,
		   eval_metric =['auc'],
		   verbose = 100,
		   eval_set = (x_val, y_val) )
   oof[valid_idx] = clf.predict_proba(x_val)[:,1]
   predictions += clf.predict_proba(test_df[features])[:,1]  / nfold
   i= i+1


all_pred = np.concatenate([oof,predictions])
all_pred = pd.DataFrame(all_pred)
all_pred.to_csv('lgb_cv9562_692features_oofAndTest.csv')
sub = pd.read_csv('sample_submission.csv')
sub.isFraud = predictions
sub.to_csv('lgb_cv9562_692features_TestOnly.csv', index=False)
