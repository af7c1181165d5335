"""The frozen bundle's entry point: the ``reader`` command, as the wheel installs it.

Import and indexing workers are spawned processes; in a frozen app each of them starts
this same executable, and ``freeze_support`` makes such a child run its task and exit
instead of starting the app again. Nothing else may come before it.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from reader.cli import main

    sys.exit(main())
