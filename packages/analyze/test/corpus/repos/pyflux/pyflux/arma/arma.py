from .. import inference as ifr
from .. import distributions as dst
from .. import output as op
from .. import tests as tst
from .. import tsm as tsm
import numpy as np
import pandas as pd
import scipy.stats as ss
from math import exp, sqrt, log, tanh
import copy
from scipy import optimize
import matplotlib.pyplot as plt
import seaborn as sns
from .. import covariances as cov
import numdifftools as nd

class ARIMA(tsm.TSM):

	def __init__(self,data,ar,ma,integ=0,target=None):

		# Initialize TSM object
		tsm.TSM.__init__(self,'ARIMA')

		# Parameters
		self.ar = ar
		self.ma = ma
		self.integ = integ
		self.param_no = self.ar + self.ma + 2

		# Check Data format
		if isinstance(data, pd.DataFrame):
			self.index = data.index			
			if target is None:
				self.data = data.ix[:,0].values
				self.data_name = data.columns.values[0]
			else:
				self.data = data[target]
				self.data_name = target					
			self.data_type = 'pandas'
			print str(self.data_name) + " picked as target variable"
			print ""

		else:
			raise Exception("The data input is not pandas or numpy compatible!")

		self.hess_type = 'numerical'
		self.param_hide = 0 # Whether to cutoff variance parameters from results
		self.supported_methods = ["MLE","MAP","Laplace","M-H","BBVI"]
		self.default_method = "MLE"

	# Returns negative log likelihood
	def likelihood(self,beta):
		mu, Y = self.model(beta,self.data)
		return -np.sum(ss.norm.logpdf(Y,loc=mu,scale=self.param_desc[len(beta)-1]['prior'].transform(beta[len(beta)-1])))
