"""The frozen app's entry point: the same ``main`` as the ``overlap-planner`` console script."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
