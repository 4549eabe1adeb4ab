# PrufPlantAnalysis
#
# This class defines key analytical routines for the PRUF/WRA Benchmarking
# standard operational assessment.
#
# The PrufPlantAnalysis object is a factory which instantiates either the Pandas, Dask, or Spark
# implementation depending on what the user prefers.
#
# The resulting object is loaded as a plugin into each PlantData object.

import random

import numpy as np
import pandas as pd
import statsmodels.api as sm
from tqdm import tqdm
from sklearn.metrics import r2_score, mean_squared_error
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import KFold

from operational_analysis import logging, logged_method_call
from operational_analysis.types import timeseries_table
from operational_analysis.toolkits import filters
from operational_analysis.toolkits import timeseries as tm
from operational_analysis.toolkits import unit_conversion as un
from operational_analysis.toolkits import met_data_processing as mt
from operational_analysis.toolkits.machine_learning_setup import MachineLearningSetup


logger = logging.getLogger(__name__)


def get_annual_values(data):
    """
    This function returns annual summations of values in a pandas Series (or each column of a pandas DataFrame) with a
    DatetimeIndex index starting from the first row. The purpose of the function is to correctly resample to annual
    values when the first index does not fall on the beginning of the month.
    """

    # shift time index to beginning of first month so resampling by 'MS' groups the data into full years
    # starting from the beginning of the time series
    ix_start = data.index[0]
    month_start = ix_start.floor("d") + pd.offsets.MonthEnd(0) - pd.offsets.MonthBegin(1)
    data.index = data.index - pd.Timedelta(ix_start - month_start)

    return data.resample("12MS").sum().values


class MonteCarloAEP(object):
    """
    A serial (Pandas-driven) implementation of the benchmark PRUF operational
    analysis implementation. This module collects standard processing and
    analysis methods for estimating plant level operational AEP and uncertainty.

    The preprocessing should run in this order:
        1. Process revenue meter energy - creates monthly/daily data frame, gets revenue meter on monthly/daily basis, and adds
           data flag
        2. Process loss estimates - add monthly/daily curtailment and availabilty losses to monthly/daily data frame

        3. Process reanalysis data - add monthly/daily density-corrected wind speeds, temperature (if used) and wind direction (if used)
           from several reanalysis products to the monthly data frame

        4. Set up Monte Carlo - create the necessary Monte Carlo inputs to the OA process

        5. Run AEP Monte Carlo - run the OA process iteratively to get distribution of AEP results
    The end result is a distribution of AEP results which we use to assess expected AEP and associated uncertainty
    """

    @logged_method_call
    def __init__(
        self,
        plant,
        reanal_products=["merra2", "ncep2", "erai", "era5"],
        uncertainty_meter=0.005,
        uncertainty_losses=0.05,
        uncertainty_windiness=(10, 20),
        uncertainty_loss_max=(10, 20),
        outlier_detection=False,
        uncertainty_outlier=(2, 3.1),
        uncertainty_nan_energy=0.01,
        time_resolution="M",
        reg_model="lin",
        ml_setup_kwargs={},
        reg_temperature=False,
        reg_winddirection=False,
    ):
        """
        Initialize APE_MC analysis with data and parameters.

        Args:
         reg_model(:obj:`string`): which model to use for the regression ('lin' for linear, 'gam', 'gbm', 'etr'). At monthly time resolution only linear regression is allowed because of the reduced number of data points.
         ml_setup_kwargs(:obj:`kwargs`): keyword arguments to MachineLearningSetup class
        """
        logger.info("Initializing MonteCarloAEP Analysis Object")

        self._aggregate = timeseries_table.TimeseriesTable.factory(plant._engine)
        self._plant = plant  # defined at runtime
        self._reanal_products = reanal_products  # set of reanalysis products to use

        # Memo dictionaries help speed up computation
        self.outlier_filtering = {}  # Combinations of outlier filter results
        self.long_term_sampling = {}  # Combinations of long-term reanalysis data sampling
        self.opt_model = {}  # Optimized ML model hyperparameters for each reanalysis product

        # Check that selected regression model is allowed
        if reg_model not in ["lin", "gbm", "etr", "gam"]:
            raise ValueError(
                "reg_model has to either be lin (Linear regression, default), gbm (Gradient boosting model), etr (Extra trees regressor) or gam (Generalized additive model)"
            )
        self.reg_model = reg_model
        self.ml_setup_kwargs = ml_setup_kwargs

        # Monthly data can only use robust linear regression because of limited number of data
        if (time_resolution == "M") & (reg_model != "lin"):
            raise ValueError("For monthly time resolution, only linear regression is allowed!")

        # Run preprocessing step
        self.calculate_aggregate_dataframe()

    @logged_method_call
    def run(self, num_sim, reanal_subset=None):
        """
        Perform pre-processing of data into an internal representation for which the analysis can run more quickly.

        Args:
            reanal_subset(:obj:`list`): list of str data indicating which reanalysis products to use in OA
            num_sim(:obj:`int`): number of simulations to perform

        Returns:
            None
        """
        self.num_sim = num_sim

        if reanal_subset is None:
            self.reanal_subset = self._reanal_products
        else:
            self.reanal_subset = reanal_subset

        # Start the computation
        self.calculate_long_term_losses()

        self.setup_monte_carlo_inputs()

        self.results = self.run_AEP_monte_carlo()

        # Log the completion of the run
        logger.info("Run completed")

    def plot_reanalysis_gross_energy_data(self, outlier_thres):
        """
        Make a plot of gross energy vs wind speed for each reanalysis product,
        with outliers highlighted
        """
        import matplotlib.pyplot as plt

        valid_aggregate = self._aggregate.df
        plt.figure(figsize=(9, 9))

        # Loop through each reanalysis product and make a scatterplot of monthly wind speed vs plant energy
        for p in np.arange(0, len(list(self._reanal_products))):
            col_name = self._reanal_products[p]  # Reanalysis column in monthly data frame
            # Plot 
            plt.subplot(2, 2, p + 1)
            
            if self.time_resolution == "M": # Montly case: apply robust linear regression for outliers detection
                x = sm.add_constant(
                    valid_aggregate[col_name]
                )  # Define 'x'-values (constant needed for regression function)
                y = (
                    valid_aggregate["gross_energy_gwh"] * 30 / valid_aggregate["num_days_expected"]
                    )  # Normalize energy data to 30-days
    
                rlm = sm.RLM(
                    y, x, M=sm.robust.norms.HuberT(t=outlier_thres)
                )  # Robust linear regression with HuberT algorithm (threshold equal to 2)
                rlm_results = rlm.fit()
