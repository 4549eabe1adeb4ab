import numpy as np
import os
import pandas as pd
from tqdm import tqdm

from .settings import settings

def get_classifier_path(name):
    """Get the path to where a classifier should be stored on disk

    Parameters
    ----------
    name : str
        The unique name for the classifier.
    """
    classifier_directory = settings['classifier_directory']
    classifier_path = os.path.join(classifier_directory,
                                   'classifier_%s.pkl' % name)

    return classifier_path


class Classifier():
    """Classifier used to classify the different objects in a dataset.

    Parameters
    ----------
    name : str
        The name of the classifier.
    """
    def __init__(self, name):
        self.name = name

    def train(self, dataset):
        raise NotImplementedError

    def predict(self, dataset):
        raise NotImplementedError

    # ...


class LightGBMClassifier(Classifier):
    """Feature based classifier using LightGBM to classify objects.

    This uses a weighted multi-class logarithmic loss that normalizes for the
    total counts of each class. This classifier is optimized for the metric
    used in the PLAsTiCC Kaggle challenge.
    """
    def __init__(self, name, featurizer, class_weights=None):
        super().__init__(name)

        self.featurizer = featurizer
        self.class_weights = class_weights

    def train(self, dataset, num_folds=None, random_state=None, **kwargs):
        features = dataset.select_features(self.featurizer)

        # Label the folds
        folds = dataset.label_folds(num_folds, random_state)
        num_folds = np.max(folds) + 1

        weights = self.evaluate_weights(dataset)

        # ...

        for fold in range(num_folds):
            print("Training fold %d." % fold)
            train_mask = folds != fold
            validation_mask = folds == fold

            # ...

            classifier = fit_lightgbm_classifier(
                train_features, train_classes, train_weights,
                validation_features, validation_classes, validation_weights,
                **kwargs
            )

            # ...

        return classifiers


def fit_lightgbm_classifier(train_features, train_classes, train_weights,
                            validation_features, validation_classes,
                            validation_weights, **kwargs):
    """Fit a LightGBM classifier"""
    import lightgbm as lgb

    lgb_params = {
        'boosting_type': 'gbdt',
        'objective': 'multiclass',
        'num_class': len(np.unique(train_classes)),
        'metric': 'multi_logloss',
        'learning_rate': 0.05,
        'colsample_bytree': .5,
        'reg_alpha': 0.,
        'reg_lambda': 0.,
        'min_split_gain': 10.,
        'min_child_weight': 2000.,
        'n_estimators': 5000,
        'silent': -1,
        'verbose': -1,
        'max_depth': 7,
        'num_leaves': 50,
    }

    lgb_params.update(kwargs)

    fit_params = {
        'verbose': 100,
        'sample_weight': train_weights,
    }

    fit_params['eval_set'] = [(validation_features, validation_classes)]
    fit_params['early_stopping_rounds'] = 50
    fit_params['eval_sample_weight'] = [validation_weights]

    classifier = lgb.LGBMClassifier(**lgb_params)
    classifier.fit(train_features, train_classes, **fit_params)

    return classifier
