__all__ = ["ThetaForecaster"]
__author__ = ["@big-o", "Markus Löning"]

from warnings import warn

import numpy as np
import pandas as pd

from sktime.forecasting.base._base import DEFAULT_ALPHA
from sktime.forecasting.exp_smoothing import ExponentialSmoothing
from sktime.transformers.single_series.detrend import Deseasonalizer
from sktime.utils.confidence import zscore
from sktime.utils.time_series import fit_trend
from sktime.utils.validation.forecasting import check_sp


class ThetaForecaster(ExponentialSmoothing):
    """
    Theta method of forecasting.

    The theta method as defined in [1]_ is equivalent to simple exponential
    smoothing
    (SES) with drift. This is demonstrated in [2]_.
    """

    _fitted_param_names = ("initial_level", "smoothing_level")

    def __init__(self, smoothing_level=None, deseasonalise=True, sp=1):

        self.sp = sp
        self.deseasonalise = deseasonalise

        self.deseasonaliser_ = None
        self.trend_ = None
        self.smoothing_level_ = None
        self.drift_ = None
        self.se_ = None
        super(ThetaForecaster, self).__init__(smoothing_level=smoothing_level,
                                              sp=sp)

    def fit(self, y_train, fh=None, X_train=None):
        """Fit to training data."""
        sp = check_sp(self.sp)
        if sp > 1 and not self.deseasonalise:
            warn("`sp` is ignored when `deseasonalise`=False")

        if self.deseasonalise:
            self.deseasonaliser_ = Deseasonalizer(sp=self.sp,
                                                  model="multiplicative")
            y_train = self.deseasonaliser_.fit_transform(y_train)

        # fit exponential smoothing forecaster
        # find theta lines: Theta lines are just SES + drift
        super(ThetaForecaster, self).fit(y_train, fh=fh)
        self.smoothing_level_ = self._fitted_forecaster.params[
            "smoothing_level"]

        # compute trend
        self.trend_ = self._compute_trend(y_train)
        self._is_fitted = True
        return self

    @staticmethod
    def _compute_trend(y):
        # Trend calculated through least squares regression.
        coefs = fit_trend(y.values.reshape(1, -1), order=1)
        return coefs[0, 0] / 2

    def _compute_drift(self):
        fh = self.fh.to_relative(self.cutoff)
        if np.isclose(self.smoothing_level_, 0.0):
            # SES was constant, so revert to simple trend
            drift = self.trend_ * fh
        else:
            # Calculate drift from SES parameters
            n_timepoints = len(self._y)
            drift = self.trend_ * (
                    fh + (1 - (1 - self.smoothing_level_) ** n_timepoints)
                    / self.smoothing_level_)

        return drift
