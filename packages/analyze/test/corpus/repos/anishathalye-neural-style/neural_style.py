# Copyright (c) 2015-2021 Anish Athalye. Released under GPLv3.

import os
import math
import re
from argparse import ArgumentParser
from collections import OrderedDict

from PIL import Image
import numpy as np

from stylize import stylize


# default arguments
CONTENT_WEIGHT = 5e0
CONTENT_WEIGHT_BLEND = 1
STYLE_WEIGHT = 5e2
TV_WEIGHT = 1e2
STYLE_LAYER_WEIGHT_EXP = 1
LEARNING_RATE = 1e1
BETA1 = 0.9
BETA2 = 0.999
EPSILON = 1e-08
STYLE_SCALE = 1.0
ITERATIONS = 1000
VGG_PATH = "imagenet-vgg-verydeep-19.mat"
POOLING = "max"


def build_parser():
    parser = ArgumentParser()
    parser.add_argument(
        "--content", dest="content", help="content image", metavar="CONTENT", required=True
    )
    parser.add_argument(
        "--styles",
        dest="styles",
        nargs="+",
        help="one or more style images",
        metavar="STYLE",
        required=True,
    )
    parser.add_argument(
        "--output", dest="output", help="output path", metavar="OUTPUT", required=True
    )
    parser.add_argument(
        "--iterations",
        type=int,
        dest="iterations",
        help="iterations (default %(default)s)",
        metavar="ITERATIONS",
        default=ITERATIONS,
    )
    # ... (further options trimmed)
    parser.add_argument(
        "--network",
        dest="network",
        help="path to network parameters (default %(default)s)",
        metavar="VGG_PATH",
        default=VGG_PATH,
    )
    return parser


def main():

    # https://stackoverflow.com/a/42121886
    key = "TF_CPP_MIN_LOG_LEVEL"
    if key not in os.environ:
        os.environ[key] = "2"

    parser = build_parser()
    options = parser.parse_args()

    if not os.path.isfile(options.network):
        parser.error(
            "Network %s does not exist. (Did you forget to " "download it?)" % options.network
        )

    content_image = imread(options.content)
    style_images = [imread(style) for style in options.styles]

    # ...

    loss_arrs = None
    for iteration, image, loss_vals in stylize(
        network=options.network,
        initial=initial,
        initial_noiseblend=options.initial_noiseblend,
        content=content_image,
        styles=style_images,
        # ...
    ):
        pass

    imsave(options.output, image)


def imread(path):
    img = np.array(Image.open(path)).astype(np.float32)
    if len(img.shape) == 2:
        # grayscale
        img = np.dstack((img, img, img))
    elif img.shape[2] == 4:
        # PNG with alpha channel
        img = img[:, :, :3]
    return img


def imsave(path, img):
    img = np.clip(img, 0, 255).astype(np.uint8)
    Image.fromarray(img).save(path, quality=95)


if __name__ == "__main__":
    main()
