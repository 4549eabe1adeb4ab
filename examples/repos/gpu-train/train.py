import argparse

import torch
import torchvision


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('--data', required=True)
    parser.add_argument('--epochs', type=int, default=10)
    args = parser.parse_args()
    device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    model = torchvision.models.resnet50(weights='DEFAULT').to(device)
    print(f'training on {device} for {args.epochs} epochs from {args.data}: {model.__class__.__name__}')


if __name__ == '__main__':
    main()
