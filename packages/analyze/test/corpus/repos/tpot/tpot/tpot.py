# -*- coding: utf-8 -*-

"""
Copyright 2016 Randal S. Olson

This file is part of the TPOT library.
"""

from __future__ import print_function
import argparse
import random
import inspect
import sys
from functools import partial

import numpy as np
import deap
from deap import algorithms, base, creator, tools, gp
from tqdm import tqdm

from sklearn.cross_validation import train_test_split, cross_val_score
from sklearn.pipeline import make_pipeline, make_union
from sklearn.preprocessing import FunctionTransformer
from sklearn.ensemble import VotingClassifier

from update_checker import update_check

from ._version import __version__
from .export_utils import export_pipeline, expr_to_tree, generate_pipeline_code
from .decorators import _gp_new_generation
from . import operators
from .operators import CombineDFs
from .gp_types import Bool, Output_DF


class TPOT(object):
    """TPOT automatically creates and optimizes machine learning pipelines using
    genetic programming
    """

    def __init__(self, population_size=100, generations=100,
                 mutation_rate=0.9, crossover_rate=0.05,
                 random_state=None, verbosity=0, scoring_function=None,
                 scoring_kwargs={}, disable_update_check=False):
        """Sets up the genetic programming algorithm for pipeline optimization."""
        # Save params to be recalled later by get_params()
        self.params = locals()  # Must be before any local variable definitions
        self.params.pop('self')

        # Prompt the user if their version is out of date
        if not disable_update_check:
            update_check('tpot', __version__)

        self.hof = None
        self._optimized_pipeline = None
        self._training_features = None
        self._training_classes = None
        self.population_size = population_size
        self.generations = generations
        self.mutation_rate = mutation_rate
        self.crossover_rate = crossover_rate
        self.verbosity = verbosity
        self.operators_context = {
            'make_pipeline': make_pipeline,
            'make_union': make_union,
            'VotingClassifier': VotingClassifier,
            'FunctionTransformer': FunctionTransformer
        }

        self.pbar = None
        self.gp_generation = 0

        if random_state:
            random.seed(random_state)
            np.random.seed(random_state)

        if scoring_function:
            self.scoring_function = partial(scoring_function, **scoring_kwargs)
        else:
            self.scoring_function = None

        self._setup_pset()
        self._setup_toolbox()

    def _setup_toolbox(self):
        creator.create('FitnessMulti', base.Fitness, weights=(-1.0, 1.0))
        creator.create('Individual',
            gp.PrimitiveTree, fitness=creator.FitnessMulti)

        self._toolbox = base.Toolbox()
        self._toolbox.register('expr',
            self._gen_grow_safe, pset=self._pset, min_=1, max_=3)
        self._toolbox.register('individual',
            tools.initIterate, creator.Individual, self._toolbox.expr)
        self._toolbox.register('population',
            tools.initRepeat, list, self._toolbox.individual)
        self._toolbox.register('compile', self._compile_to_sklearn)
        self._toolbox.register('select', self._combined_selection_operator)
        self._toolbox.register('mate', gp.cxOnePoint)
        self._toolbox.register('expr_mut', self._gen_grow_safe, min_=1, max_=3)
        self._toolbox.register('mutate', self._random_mutation_operator)

    def fit(self, features, classes):
        """Fits a machine learning pipeline that maximizes classification
        accuracy on the provided data
        """
        try:
            features = features.astype(np.float64)
            classes = classes.astype(np.float64)

            # Store the training features and classes for later use
            self._training_features = features
            self._training_classes = classes

            np.take(features, np.random.permutation(features.shape[1]), axis=1, out=features)

            self._toolbox.register('evaluate', self._evaluate_individual, features=features, classes=classes)
            pop = self._toolbox.population(n=self.population_size)

            def pareto_eq(ind1, ind2):
                return np.all(ind1.fitness.values == ind2.fitness.values)

            self.hof = tools.ParetoFront(similar=pareto_eq)

            verbose = (self.verbosity == 2)

            # Start the progress bar
            num_evaluations = self.population_size * (self.generations + 1)
            self.pbar = tqdm(total=num_evaluations, unit='pipeline', leave=False,
                             disable=(not verbose), desc='GP Progress')

            pop, _ = algorithms.eaSimple(
                population=pop, toolbox=self._toolbox, cxpb=self.crossover_rate,
                mutpb=self.mutation_rate, ngen=self.generations,
                halloffame=self.hof, verbose=False)

        # Allow for certain exceptions to signal a premature fit() cancellation
        except (KeyboardInterrupt, SystemExit):
            if self.verbosity > 0:
                print('GP closed prematurely - will use current best pipeline')
        finally:
            if not isinstance(self.pbar, type(None)):
                self.pbar.close()

            self.gp_generation = 0

            if self.hof:
                top_score = 0.
                for i, pipeline in enumerate(self.hof.items):
                    if self.hof.keys[i].wvalues[1] > top_score:
                        self._optimized_pipeline = pipeline

    def predict(self, testing_features):
        """Uses the optimized pipeline to predict the classes for a feature set."""
        testing_features = testing_features.astype(np.float64)

        if not self._optimized_pipeline:
            raise ValueError(('A pipeline has not yet been optimized.'
                              'Please call fit() first.'))

        features = np.concatenate([self._training_features, testing_features])
        classes = np.concatenate([self._training_classes, np.zeros((testing_features.shape[0],))])

        # Transform the tree expression in a callable function
        sklearn_pipeline = self._toolbox.compile(expr=self._optimized_pipeline)
        result = sklearn_pipeline.predict(features, classes)

        return result
