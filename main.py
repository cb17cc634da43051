"""Start the Casebook desktop app (the same as `casebook` with no command)."""

import sys

from casebook.launch import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["gui"]))
