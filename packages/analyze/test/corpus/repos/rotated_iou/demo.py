'''
This demo is used to validate the back-propagation of the torch implementation of oriented
2d box intersection. 

This demo trains a network which takes N set of box corners and predicts the x, y, w, h and angle
of each rotated boxes. In order to do the back-prop, the prediected box parameters and GT are 
converted to coordinates of box corners. The area of intersection area is calculated using 
the pytorch function with CUDA extension. Then, the GIoU loss or DIoU loss can be calculated.

This demo first generates data and then do the training.

The network is simply a shared MLP (implemented as Conv-layers with 1x1 kernel).

Lanxiao Li
2020.08
'''

import torch
import numpy as np
import os
from torch.utils.data import DataLoader, Dataset
from torch import nn, optim
import argparse
from utiles import box2corners
from oriented_iou_loss import cal_diou, cal_giou

DATA = "./data"
X_MAX = 3
Y_MAX = 3
SCALE = 0.5
BATCH_SIZE = 32
N_DATA = 128
NUM_TRAIN = 200 * BATCH_SIZE * N_DATA
NUM_TEST = 20 * BATCH_SIZE * N_DATA

NUM_EPOCH = 20

# ... (data generation, BoxDataSet, create_network and parse_pred trimmed)

def main(loss_type:str="giou", enclosing_type:str="aligned", dtype=torch.float32):
    ds_train = BoxDataSet("train")
    ds_test = BoxDataSet("test")
    ld_train = DataLoader(ds_train, BATCH_SIZE * N_DATA, shuffle=True, num_workers=4)
    ld_test = DataLoader(ds_test, BATCH_SIZE * N_DATA, shuffle=False, num_workers=4)
    
    net = create_network()
    net.to("cuda:0")
    optimizer = optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    lr_scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.1)
    num_batch = len(ds_train)//(BATCH_SIZE*N_DATA)
    
    for epoch in range(1, NUM_EPOCH+1):
        # train
        net.train()
        for i, data in enumerate(ld_train, 1):
            box, label = data
            box = box.cuda()                            # (B*N, 4, 2)
            box = box.view([BATCH_SIZE, -1, 4*2])       # (B, N, 4*2)
            box = box.transpose(1, 2)                   # (B, 8, N)
            label = label.cuda()                        # (B*N, 5)
            label = label.view([BATCH_SIZE, -1, 5])     # (B, N, 5)
            
            optimizer.zero_grad()
            pred = net(box)                             # (B, 5, N)
            pred = pred.transpose(1,2)                  # (B, N, 5)
            pred = parse_pred(pred)

            iou_loss, iou = None, None
            if loss_type == "giou":
                iou_loss, iou = cal_giou(pred.type(dtype), label.type(dtype), enclosing_type)
            elif loss_type == "diou":
                iou_loss, iou = cal_diou(pred.type(dtype), label.type(dtype), enclosing_type)
            else:
                ValueError("unknown loss type")
            iou_loss = torch.mean(iou_loss)
            iou_loss.backward()
            optimizer.step()
        lr_scheduler.step()
        # ... (validation loop trimmed)

    
if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--loss", type=str, default="diou", help="type of loss function. support: diou or giou. [default: diou]")
    parser.add_argument("--enclosing", type=str, default="smallest", 
        help="type of enclosing box. support: aligned (axis-aligned) or pca (rotated) or smallest (rotated). [default: smallest]")
    parser.add_argument("--dtype_iou", default="float32", help="set data type for iou calculation",
                        choices=["float32", "float64"])
    flags = parser.parse_args()
    
    if flags.dtype_iou == "float32":
        dtype = torch.float32
    elif flags.dtype_iou == "float64":
        dtype = torch.float64
    
    main(flags.loss, flags.enclosing, dtype)
