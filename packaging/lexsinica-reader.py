"""Entry point of the frozen app: the same ``reader`` command as ``pip install`` gives."""

import multiprocessing
import sys

from reader.cli import main

if __name__ == "__main__":
    # A sync parses pages in worker processes, started by running this program again.
    multiprocessing.freeze_support()
    sys.exit(main())
