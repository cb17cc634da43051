"""`python -m casebook.cli` runs the command line."""

import sys

from casebook.cli import main

sys.exit(main())
