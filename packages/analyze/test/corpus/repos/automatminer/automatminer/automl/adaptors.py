"""
Adaptor classes for using AutoML packages in a Matbench pipeline.

Current adaptor classes are:

    TPOTAdaptor: Uses the backend from the automl project TPOT, which can be
        found at https://github.com/EpistasisLab/tpot
"""
from collections import OrderedDict

from tpot import TPOTClassifier, TPOTRegressor

from automatminer.automl.config.tpot_configs import TPOT_CLASSIFIER_CONFIG, \
    TPOT_REGRESSOR_CONFIG
from automatminer.utils.pkg import AutomatminerError, set_fitted, \
    check_fitted
from automatminer.utils.ml import is_greater_better, \
    regression_or_classification
from automatminer.utils.log import log_progress, AMM_LOG_PREDICT_STR, \
    AMM_LOG_FIT_STR
from automatminer.base import DFMLAdaptor, LoggableMixin

__authors__ = ['Alex Dunn <ardunn@lbl.gov'
               'Alireza Faghaninia <alireza.faghaninia@gmail.com>',
               'Qi Wang <wqthu11@gmail.com>',
               'Daniel Dopp <dbdopp@lbl.gov>']


class TPOTAdaptor(DFMLAdaptor, LoggableMixin):
    """
    A dataframe adaptor for the TPOT classifiers and regressors.

    Args:
        tpot_kwargs: All kwargs accepted by a TPOTRegressor/TPOTClassifier
            or TPOTBase object.
    """

    def __init__(self, logger=True, **tpot_kwargs):
        tpot_kwargs['cv'] = tpot_kwargs.get('cv', 5)
        tpot_kwargs['n_jobs'] = tpot_kwargs.get('n_jobs', -1)
        tpot_kwargs['verbosity'] = tpot_kwargs.get('verbosity', 2)

        self.mode = None
        self._backend = None
        self.tpot_kwargs = tpot_kwargs
        # ...

    @log_progress(AMM_LOG_FIT_STR)
    @set_fitted
    def fit(self, df, target, **fit_kwargs):
        # Prevent goofy pandas casting by casting to native
        y = df[target].values.tolist()
        X = df.drop(columns=target).values.tolist()

        # Determine learning type based on whether classification or regression
        self.mode = regression_or_classification(df[target])

        if self.mode == "classification":
            self.tpot_kwargs['config_dict'] = self.tpot_kwargs.get(
                'config_dict', TPOT_CLASSIFIER_CONFIG)
            if "scoring" not in self.tpot_kwargs:
                self.tpot_kwargs["scoring"] = "neg_mean_absolute_error"
            self._backend = TPOTClassifier(**self.tpot_kwargs)
        elif self.mode == "regression":
            self.tpot_kwargs['config_dict'] = self.tpot_kwargs.get(
                'config_dict', TPOT_REGRESSOR_CONFIG)
            if "scoring" not in self.tpot_kwargs:
                self.tpot_kwargs["scoring"] = "balanced_accuracy"
            self._backend = TPOTRegressor(**self.tpot_kwargs)
        # ...
        self.logger.info("TPOT fitting started.")
        self._backend = self._backend.fit(X, y, **fit_kwargs)
        self.logger.info("TPOT fitting finished.")
        return self

    # ...


class SinglePipelineAdaptor(DFMLAdaptor, LoggableMixin):
    """
    For running single models or pipelines in a MatPipe pipeline using the same
    syntax as the AutoML adaptors.
    """

    def __init__(self, model, logger=True):
        self._logger = self.get_logger(logger)
        self._backend = model
        # ...

    # ...
