import argparse

from cellbender.remove_background import consts


def add_subparser_args(subparsers: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """Add tool-specific arguments for remove-background.

    Args:
        subparsers: Parser object before addition of arguments specific to
            remove-background.

    Returns:
        parser: Parser object with additional parameters.

    """

    subparser = subparsers.add_parser(
        "remove-background",
        description="Remove background RNA from count matrix.",
        help="Remove background ambient RNA "
        "and barcode-swapped reads from "
        "a count matrix, producing a "
        "new count matrix and "
        "determining which barcodes "
        "contain real cells.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )

    subparser.add_argument(
        "--input",
        nargs=None,
        type=str,
        dest="input_file",
        required=True,
        help="Data file on which to run tool. Data must be "
        "un-filtered: it should include empty droplets.",
    )
    subparser.add_argument(
        "--output",
        nargs=None,
        type=str,
        dest="output_file",
        required=True,
        help="Output file location (the path must exist, and the file name must have .h5 extension).",
    )
    subparser.add_argument(
        "--cuda",
        dest="use_cuda",
        action="store_true",
        help="Including the flag --cuda will run the inference on a GPU.",
    )
    subparser.add_argument(
        "--expected-cells",
        nargs=None,
        type=int,
        default=None,
        dest="expected_cell_count",
        help="Number of cells expected in the dataset (a rough estimate within a factor of 2 is sufficient).",
    )
    subparser.add_argument(
        "--epochs", nargs=None, type=int, default=150, dest="epochs", help="Number of epochs to train."
    )
    subparser.add_argument(
        "--posterior-batch-size",
        type=int,
        default=consts.PROB_POSTERIOR_BATCH_SIZE,
        dest="posterior_batch_size",
        help="Training detail: size of batches when creating "
        "the posterior.  Reduce this to avoid running "
        "out of GPU memory creating the posterior "
        "(will be slower).",
    )
    subparser.add_argument(
        "--estimator-multiple-cpu",
        dest="use_multiprocessing_estimation",
        action="store_true",
        default=False,
        help="Including the flag --estimator-multiple-cpu will "
        "use more than one CPU to compute the MCKP "
        "output count estimator in parallel (does "
        "nothing for other estimators).",
    )
    subparser.add_argument(
        "--cpu-threads",
        type=int,
        default=None,
        dest="n_threads",
        help="Number of threads to use when pytorch is run on CPU. Defaults to the number of logical cores.",
    )
    subparser.add_argument(
        "--debug",
        dest="debug",
        action="store_true",
        help="Including the flag --debug will log extra messages useful for debugging.",
    )

    return subparsers
