"""The frozen app's entry point: the same command line as the `bedtime-companion` script."""

from __future__ import annotations

import sys

from companion.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
