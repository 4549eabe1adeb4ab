import os
import argparse


import numpy as np
import torch
import cv2 as cv
import shutil
import matplotlib.pyplot as plt


import utils.utils as utils
from utils.utils import LOWER_IMAGE_BOUND, UPPER_IMAGE_BOUND, GaussianSmoothing, KERNEL_SIZE, SUPPORTED_TRANSFORMS, SUPPORTED_MODELS
import utils.video_utils as video_utils


def gradient_ascent(config, model, input_tensor, layer_ids_to_use, iteration):
    # ... (loss over chosen layer activations, smoothed gradient ascent step trimmed)
    pass


def deep_dream_static_image(config, img):
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # checking whether you have a GPU

    model = utils.fetch_and_prepare_model(config['model'], device)
    layer_ids_to_use = [model.layer_names.index(layer_name) for layer_name in config['layer_to_use']]

    # ... (image pyramid and gradient ascent iterations trimmed)

    return utils.post_process_numpy_image(img)


def deep_dream_video_ouroboros(config):
    # ... (trimmed)
    video_utils.create_video_from_intermediate_results(config)


def deep_dream_video(config):
    # ... (frame dumping, per-frame dreaming and blending trimmed)
    video_utils.create_video_from_intermediate_results(config, metadata)


if __name__ == "__main__":
    inputs_path = os.path.join(os.path.dirname(__file__), 'data', 'input-images')
    out_images_path = os.path.join(os.path.dirname(__file__), 'data', 'out-images')
    out_videos_path = os.path.join(os.path.dirname(__file__), 'data', 'out-videos')

    parser = argparse.ArgumentParser()
    parser.add_argument("--is_video", type=bool, help="Create DeepDream video - default is DeepDream image", default=True)
    parser.add_argument("--video_length", type=int, help="Number of video frames to produce", default=100)
    parser.add_argument("--input", type=str, help="Input image/video name that will be used for dreaming", default='figures.jpg')
    parser.add_argument("--use_noise", type=bool, help="Use noise as a starting point instead of input image", default=False)
    parser.add_argument("--img_width", type=int, help="Resize input image to this width", default=600)
    parser.add_argument("--model", type=str, choices=SUPPORTED_MODELS, help="Neural network (model) to use for dreaming", default=SUPPORTED_MODELS[0])
    parser.add_argument("--layer_to_use", type=str, help="Layer whose activations we should maximize while dreaming", default=['relu4_3'])
    parser.add_argument("--pyramid_size", type=int, help="Number of images in an image pyramid", default=4)
    parser.add_argument("--pyramid_ratio", type=float, help="Ratio of image sizes in the pyramid", default=1.3)
    parser.add_argument("--num_gradient_ascent_iterations", type=int, help="Number of gradient ascent iterations", default=10)
    parser.add_argument("--lr", type=float, help="Learning rate i.e. step size in gradient ascent", default=0.09)
    parser.add_argument("--should_display", type=bool, help="Display intermediate dreaming results", default=False)
    args = parser.parse_args()

    config = dict()
    for arg in vars(args):
        config[arg] = getattr(args, arg)
    config['inputs_path'] = inputs_path
    config['out_images_path'] = out_images_path
    config['out_videos_path'] = out_videos_path
    config['dump_dir'] = config['out_videos_path'] if config['is_video'] else config['out_images_path']

    # DeepDream algorithm in 3 flavours: static image, video and ouroboros (feeding net output to it's input)
    if config['input'].endswith('.mp4'):  # only support mp4 atm
        deep_dream_video(config)
    elif config['is_video']:
        deep_dream_video_ouroboros(config)
    else:
        deep_dream_static_image(config, img=None)  # img will be loaded inside of deep_dream_static_image
