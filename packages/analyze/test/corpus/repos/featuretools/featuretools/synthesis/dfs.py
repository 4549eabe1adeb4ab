import pandas as pd

from .deep_feature_synthesis import DeepFeatureSynthesis

from featuretools.computational_backends import calculate_feature_matrix
from featuretools.entityset import EntitySet


def dfs(entities=None,
        relationships=None,
        entityset=None,
        target_entity=None,
        cutoff_time=None,
        instance_ids=None,
        agg_primitives=None,
        trans_primitives=None,
        allowed_paths=None,
        max_depth=2,
        ignore_entities=None,
        ignore_variables=None,
        seed_features=None,
        drop_contains=None,
        drop_exact=None,
        where_primitives=None,
        max_features=-1,
        cutoff_time_in_index=False,
        save_progress=None,
        features_only=False,
        training_window=None,
        approximate=None,
        chunk_size=None,
        n_jobs=1,
        dask_kwargs=None,
        verbose=False,
        return_variable_types=None):
    '''Calculates a feature matrix and features given a dictionary of entities
    and a list of relationships.

    Args:
        n_jobs (int, optional): number of parallel processes to use when
            calculating feature matrix

        dask_kwargs (dict, optional): Dictionary of keyword arguments to be
            passed when creating the dask client and scheduler. Even if n_jobs
            is not set, using `dask_kwargs` will enable multiprocessing.
    '''
    import pkg_resources
    for entry_point in pkg_resources.iter_entry_points('featuretools_dfs'):
        module = entry_point.load()
        if hasattr(module, 'initialize'):
            module.initialize()

    if not isinstance(entityset, EntitySet):
        entityset = EntitySet("dfs", entities, relationships)

    dfs_object = DeepFeatureSynthesis(target_entity, entityset,
                                      agg_primitives=agg_primitives,
                                      trans_primitives=trans_primitives,
                                      max_depth=max_depth,
                                      where_primitives=where_primitives,
                                      allowed_paths=allowed_paths,
                                      drop_exact=drop_exact,
                                      drop_contains=drop_contains,
                                      ignore_entities=ignore_entities,
                                      ignore_variables=ignore_variables,
                                      max_features=max_features,
                                      seed_features=seed_features)

    features = dfs_object.build_features(
        verbose=verbose, return_variable_types=return_variable_types)

    if features_only:
        return features

    feature_matrix = calculate_feature_matrix(features,
                                              entityset=entityset,
                                              cutoff_time=cutoff_time,
                                              instance_ids=instance_ids,
                                              training_window=training_window,
                                              approximate=approximate,
                                              cutoff_time_in_index=cutoff_time_in_index,
                                              save_progress=save_progress,
                                              chunk_size=chunk_size,
                                              n_jobs=n_jobs,
                                              dask_kwargs=dask_kwargs,
                                              verbose=verbose)
    return feature_matrix, features
