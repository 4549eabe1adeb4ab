#!/usr/bin/env python
# -*- coding: utf-8 -*-
import os


def download_github_code(path):
    filename = path.rsplit("/")[-1]
    os.system("wget https://raw.githubusercontent.com/hse-aml/intro-to-dl/master/{} -O {}".format(path, filename))


def setup_common():
    os.system("pip install tqdm")
    os.system("pip install --upgrade Keras==2.0.6")  # latest version breaks callbacks
    download_github_code("keras_utils.py")
    download_github_code("grading.py")
    download_github_code("download_utils.py")
    download_github_code("tqdm_utils.py")


def setup_week1():
    setup_common()
    download_github_code("week1/target.npy")
    download_github_code("week1/train.npy")


def setup_week3():
    setup_common()
    download_github_code("week3/grading_utils.py")
    import download_utils
    download_utils.download_week_3_resources("../readonly/week3")
    setup_keras()


# ... (setup_week2, setup_week2_v2, setup_week4 .. setup_week6 trimmed)


def setup_keras():
    import download_utils
    download_utils.download_all_keras_resources("../readonly/keras/models", "../readonly/keras/datasets")
