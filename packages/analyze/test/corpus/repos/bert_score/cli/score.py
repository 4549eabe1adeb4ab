#!/usr/bin/env python
import os
import time
import argparse
import torch
from collections import defaultdict
from pytorch_pretrained_bert import BertTokenizer, BertModel, BertForMaskedLM

import bert_score

VERSION=bert_score.__version__

def main():
    torch.multiprocessing.set_sharing_strategy('file_system')

    parser = argparse.ArgumentParser('Calculate BERTScore')
    parser.add_argument('--bert', default='bert-base-multilingual-cased',
                        choices=bert_score.bert_types, help='BERT model name (default: bert-base-uncased)')
    parser.add_argument('-l', '--num_layers', default=9, help='use first N layer in BERT (default: 9)')
    parser.add_argument('-b', '--batch_size', default=64, help='batch size (default: 64)')
    parser.add_argument('--no_idf', action='store_true', help='BERT Score without IDF scaling')
    parser.add_argument('-s', '--seg_level', action='store_true', help='show individual score of each pair')
    parser.add_argument('-v', '--verbose', action='store_true', help='increase output verbosity')
    parser.add_argument('-r', '--ref', required=True, help='reference file path or a string')
    parser.add_argument('-c', '--cand', required=True,help='candidate (system outputs) file path or a string')

    args = parser.parse_args()

    # ... (reading candidate and reference files trimmed)

    if args.verbose:
        print('loading BERT model...')
    tokenizer = BertTokenizer.from_pretrained(args.bert)
    model = BertModel.from_pretrained(args.bert)
    model.eval()
    device = 'cuda' if torch.cuda.is_available() else 'cpu'
    model.to(device)

    # drop unused layers
    model.encoder.layer = torch.nn.ModuleList([layer for layer in model.encoder.layer[:args.num_layers]])

    # ... (IDF dict, scoring and printing trimmed)
    all_preds = bert_score.bert_cos_score_idf(model, refs, cands, tokenizer, idf_dict, device=device,
                                                  batch_size=args.batch_size)


if __name__ == "__main__":
    main()
