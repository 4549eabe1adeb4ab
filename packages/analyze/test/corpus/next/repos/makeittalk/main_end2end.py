"""
 # Copyright 2020 Adobe
 # All Rights Reserved.
 
 # NOTICE: Adobe permits you to use, modify, and distribute this file in
 # accordance with the terms of the Adobe license agreement accompanying
 # it.
 
"""

import glob
import os
from src.approaches.train_audio2landmark import Audio2landmark_model
from scipy.signal import savgol_filter
import util.utils as util
import shutil
from src.autovc.AutoVC_mel_Convertor_retrain_version import AutoVC_mel_Convertor
import face_alignment
import pickle
import torch
from src.approaches.train_image_translation import Image_translation_block
import argparse
import cv2
import numpy as np
import sys
sys.path.append('thirdparty/AdaptiveWingLoss')


default_head_name = 'dali'
ADD_NAIVE_EYE = True
CLOSE_INPUT_FACE_MOUTH = False


parser = argparse.ArgumentParser()
parser.add_argument('--jpg', type=str,
                    default='{}.jpg'.format(default_head_name))
parser.add_argument('--close_input_face_mouth',
                    default=CLOSE_INPUT_FACE_MOUTH, action='store_true')

parser.add_argument('--load_AUTOVC_name', type=str,
                    default='examples/ckpt/ckpt_autovc.pth')
parser.add_argument('--load_a2l_G_name', type=str,
                    default='examples/ckpt/ckpt_speaker_branch.pth')
parser.add_argument('--load_a2l_C_name', type=str,
                    default='examples/ckpt/ckpt_content_branch.pth')
parser.add_argument('--load_G_name', type=str,
                    default='examples/ckpt/epoch7size139.pth')
# ... (further arguments trimmed)

opt_parser = parser.parse_args()

''' STEP 1: preprocess input single image '''
img = cv2.imread('examples/' + opt_parser.jpg)
predictor = face_alignment.FaceAlignment(
    face_alignment.LandmarksType._3D, device='cuda', flip_input=True)
shapes = predictor.get_landmarks(img)
if (not shapes or len(shapes) != 1):
    print('Cannot detect face landmarks. Exit.')
    exit(-1)
shape_3d = shapes[0]

# ... (steps 2-5 trimmed)

''' STEP 4: RUN audio->landmark network'''
model = Audio2landmark_model(opt_parser, jpg_shape=shape_3d)

''' STEP 6: Imag2image translation '''
model = Image_translation_block(opt_parser, single_test=True)
with torch.no_grad():
    model.single_test(
        jpg=img, fls=fl, filename=fls[i], prefix=opt_parser.jpg.split('.')[0])
    print('finish image2image gen')
