"""Entry point of the frozen app: the same ``reader`` command as ``pip install`` gives."""

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
