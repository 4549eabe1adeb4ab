import numpy as np

from sklearn.utils import check_random_state
from stability_selection import StabilitySelection, plot_stability_path


def _generate_dummy_classification_data(p=1000, n=1000, k=5, random_state=123321):

    rng = check_random_state(random_state)

    X = rng.normal(loc=0.0, scale=1.0, size=(n, p))
    ...
    return X, y, important_betas


if __name__ == '__main__':
    n, p, k = 500, 1000, 5

    X, y, important_betas = _generate_dummy_classification_data(n=n, k=k)
    selector = StabilitySelection(alphas=np.logspace(-5, -1, 50))
    selector.fit(X, y)

    plot_stability_path(selector)

    selected_variables = selector.get_support(indices=True)
    ...
