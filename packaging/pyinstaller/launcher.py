"""The bundle's entry point: the same `planner` command the wheel installs."""

import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
