
"""
	Based on playground/tutorial1.py
"""

from lasagne.layers import get_all_params, InputLayer, DenseLayer
from lasagne.nonlinearities import tanh, softmax
from lasagne.updates import sgd
from theano import function, config
import theano.tensor as T
import numpy as np
from matplotlib.pyplot import subplots, show, cm
from utils.loading import get_training_data
from validation.crossvalidate import SampleCrossValidator


#todo: normalize


train_data, true_classes, features = get_training_data()
validator = SampleCrossValidator(train_data, true_classes, rounds=5, test_frac=0.3)
for train, classes, test in validator.yield_cross_validation_sets():
	# create tensor objects
	trainT = train.astype(config.floatX)
	testT = train.astype(config.floatX)
	classT = classes.astype('int32')

	l_in = InputLayer(shape = trainT.shape)
	l_hidden = DenseLayer(
		l_in,  # The first argument is the input to this layer
		num_units = 25,  # This defines the layer's output dimensionality
		nonlinearity = tanh)  # Various nonlinearities are available
	l_output = DenseLayer(l_hidden, num_units = len(classes), nonlinearity = softmax)
	net_input = T.matrix('net_input')
	net_output = l_output.get_output(net_input)

	true_output = T.ivector('true_output')
	loss = T.mean(T.nnet.categorical_crossentropy(net_output, true_output))
	all_params = get_all_params(l_output)
	updates = sgd(loss, all_params, learning_rate = 0.01)
	training = function([net_input, true_output], loss, updates=updates)
	prediction = function([net_input], net_output)

	# Train for 100 epochs
	print 'epoch  logloss'
	for k, n in enumerate(xrange(100)):
		# this is logloss
		print '{0:.3d}  {1:.4f}'.format(k, training(trainT, classT))

	probabilities = prediction(testT)  # normalized
	prediction = np.argmax(probabilities, axis=1)

	# cross validation
	validator.add_prediction(prediction)

validator.print_results()


if __name__ == '__main__':
	show()


