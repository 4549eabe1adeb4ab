from __future__ import print_function

import numpy as np

import scipy.sparse as sp

from ._lightfm_fast import (CSRMatrix, FastLightFM,
                            fit_logistic, predict_lightfm,
                            predict_ranks,
                            fit_warp, fit_bpr, fit_warp_kos)


__all__ = ['LightFM']


CYTHON_DTYPE = np.float32


class LightFM(object):
    """
    A hybrid recommender model.

    Parameters
    ----------

    no_components: int, optional
        the dimensionality of the feature latent embeddings.
    learning_schedule: string, optional
         one of ('adagrad', 'adadelta').
    loss: string, optional
         one of  ('logistic', 'bpr', 'warp', 'warp-kos'): the loss function to use.
    """

    def __init__(self, no_components=10, k=5, n=10,
                 learning_schedule='adagrad',
                 loss='logistic',
                 learning_rate=0.05, rho=0.95, epsilon=1e-6,
                 item_alpha=0.0, user_alpha=0.0, max_sampled=None,
                 random_state=None):

        assert item_alpha >= 0.0
        assert user_alpha >= 0.0
        assert no_components > 0
        assert k > 0
        assert n > 0
        assert 0 < rho < 1
        assert epsilon >= 0
        assert learning_schedule in ('adagrad', 'adadelta')
        assert loss in ('logistic', 'warp', 'bpr', 'warp-kos')

        if max_sampled is not None and max_sampled < 1:
            raise ValueError('max_sampled must be a positive integer')

        self.loss = loss
        self.learning_schedule = learning_schedule

        self.no_components = no_components
        self.learning_rate = learning_rate

        self.k = int(k)
        self.n = int(n)

        self.rho = rho
        self.epsilon = epsilon
        self.max_sampled = max_sampled

        self.item_alpha = item_alpha
        self.user_alpha = user_alpha

        if random_state is None:
            self.rng = np.random.RandomState()
        elif isinstance(random_state, np.random.RandomState):
            self.rng = random_state
        else:
            self.rng = np.random.RandomState(random_state)

        self._reset_state()

    def fit(self, interactions,
            user_features=None, item_features=None,
            sample_weight=None,
            epochs=1, num_threads=1, verbose=False):
        """
        Fit the model.

        num_threads: int, optional
             Number of parallel computation threads to use. Should
             not be higher than the number of physical cores.
        """

        # Discard old results, if any
        self._reset_state()

        return self.fit_partial(interactions,
                                user_features=user_features,
                                item_features=item_features,
                                sample_weight=sample_weight,
                                epochs=epochs,
                                num_threads=num_threads,
                                verbose=verbose)
