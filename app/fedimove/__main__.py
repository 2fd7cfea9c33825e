"""`python -m fedimove`: the same front door as the `fedimove` command."""

import sys

from fedimove.cli import main

sys.exit(main())
