from optuna import distributions
from optuna import exceptions
from optuna import importance
from optuna import integration
from optuna import logging
from optuna import multi_objective
from optuna import pruners
from optuna import samplers
from optuna import search_space
from optuna import storages
from optuna import study
from optuna import trial
from optuna import visualization
from optuna._imports import _LazyImport
from optuna.exceptions import TrialPruned
from optuna.study import copy_study
from optuna.study import create_study
from optuna.study import delete_study
from optuna.study import get_all_study_names
from optuna.study import get_all_study_summaries
from optuna.study import load_study
from optuna.study import Study
from optuna.trial import create_trial
from optuna.trial import Trial
from optuna.version import __version__


__all__ = [
    "Study",
    "Trial",
    "TrialPruned",
    "__version__",
    "copy_study",
    "create_study",
    "create_trial",
    "delete_study",
    "distributions",
    "exceptions",
    "get_all_study_names",
    "get_all_study_summaries",
    "importance",
    "integration",
    "load_study",
    "logging",
    "multi_objective",
    "pruners",
    "samplers",
    "search_space",
    "storages",
    "study",
    "trial",
    "visualization",
]
