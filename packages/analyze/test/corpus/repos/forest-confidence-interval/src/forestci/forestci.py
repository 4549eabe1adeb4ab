"""
Forest confidence intervals.

Calculate confidence intervals for scikit-learn RandomForestRegressor and
RandomForestClassifier predictions.
"""

import copy
import warnings

import numpy as np

import sklearn
from sklearn.ensemble._forest import BaseForest
from sklearn.ensemble._forest import (_generate_sample_indices,
                                      _get_n_samples_bootstrap)
from sklearn.ensemble._bagging import BaseBagging
from sklearn.utils.fixes import parse_version

from .calibration import calibrateEB

# scikit-learn 1.9 made `sample_weight` a required argument of the private
# helpers `_get_n_samples_bootstrap` and `_generate_sample_indices`
# (https://github.com/scikit-learn/scikit-learn/pull/31529). Passing None
# reproduces the previous uniform-bootstrap behavior. Compare against
# "1.9.0.dev0" so 1.9 pre-releases (which already carry the new signature and
# sort before the final under PEP 440) are also covered.
_SKLEARN_GE_19 = (
    parse_version(sklearn.__version__) >= parse_version("1.9.0.dev0")
)

__all__ = ("calc_inbag", "random_forest_error", "_bias_correction",
           "_core_computation")


def calc_inbag(n_samples, forest):
    """
    Derive samples used to create trees in scikit-learn RandomForest objects.
    """
    # ... (body trimmed)


def _core_computation(
    X_train_shape,
    X_test,
    inbag,
    pred_centered,
    n_trees,
    memory_constrained=False,
    memory_limit=None,
    test_mode=False,
    show_progress=False,
):
    """
    Helper function, that performs the core computation
    """
    if not memory_constrained:
        return np.sum((np.dot(inbag - 1, pred_centered.T) / n_trees) ** 2, 0)
    # ...
    if show_progress:
        try:
            from tqdm.auto import tqdm

            description = f"Computing V_IJ ({n_trees} trees)"
            chunks_iter = tqdm(chunks, desc=description)
        except ImportError:
            warnings.warn(
                "tqdm must be installed to use the progress indicator. "
                "Install forestci[progress] or set show_progress=False.",
                stacklevel=2,
            )
            chunks_iter = chunks
    # ... (rest trimmed)


def random_forest_error(
    forest,
    X_train_shape,
    X_test,
    inbag=None,
    calibrate=True,
    memory_constrained=False,
    memory_limit=None,
    y_output=None,
    show_progress=False,
):
    """
    Calculate error bars from scikit-learn RandomForest estimators.

    The calculation of error is based on the infinitesimal jackknife variance,
    as described in [Wager2014]_ and is a Python implementation of the R code
    provided at: https://github.com/swager/randomForestCI
    """
    # ... (body trimmed)
