# ---------------------------------------------------------#
#   astroNN.shared.nn_tools: shared NN tools
# ---------------------------------------------------------#
import datetime
import os
import time

import numpy as np
import tensorflow as tf
from keras.backend import learning_phase, function, set_session, clear_session


def h5name_check(h5name):
    if h5name is None:
        raise ValueError('Please specift the dataset name using h5_filename="..."')
    return None


def cpu_fallback():
    """
    NAME:
        cpu_fallback
    PURPOSE:
        use CPU even Nvidia GPU present
    INPUT:
        None
    OUTPUT:
        None
    HISTORY:
        2017-Nov-25 - Written - Henry Leung (University of Toronto)
    """
    os.environ['CUDA_VISIBLE_DEVICES'] = '-1'
    print('astroNN will be using CPU, please ignore Tensorflow warning on PCIe device')


def gpu_memory_manage(ratio=None, log_device_placement=False):
    """
    NAME:
        gpu_memory_manage
    PURPOSE:
        to manage GPU memory usage, prevent Tensorflow preoccupied all the video RAM
    INPUT:
        ratio (float): Optional, ratio of GPU memory pre-allocating to astroNN
        log_device_placement (boolean): whether or not log the device placement
    OUTPUT:
        None
    HISTORY:
        2017-Nov-25 - Written - Henry Leung (University of Toronto)
    """
    config = tf.ConfigProto()
    if ratio is None:
        config.gpu_options.allow_growth = True
    else:
        config.gpu_options.per_process_gpu_memory_fraction = ratio
    config.log_device_placement = log_device_placement
    set_session(tf.Session(config=config))

    return None


def folder_runnum():
    now = datetime.datetime.now()
    folder_name = None
    for runnum in range(1, 99999):
        folder_name = 'astroNN_{}{:02d}_run{:03d}'.format(now.month, now.day, runnum)
        if not os.path.exists(folder_name):
            os.makedirs(folder_name)
            break
        else:
            runnum += 1

    return folder_name


def denormalize(normalized, std_labels, mean_labels):
    return (normalized * std_labels) + mean_labels


def batch_predictions(model, spectra, batch_size, num_labels, std_labels, mean_labels):
    total_spectra_num = spectra.shape[0]
    predictions = np.zeros((total_spectra_num, num_labels))
    start_time = time.time()

    for i in range(len(spectra) // batch_size):
        inputs = spectra[i * batch_size:(i + 1) * batch_size].reshape((batch_size, spectra.shape[1], 1))
        predictions[i * batch_size:(i + 1) * batch_size] = denormalize(model.predict(inputs), std_labels, mean_labels)
        # ...

    # ...
    clear_session()

    return predictions, model_uncertainty

# ...
