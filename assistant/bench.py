"""`python -m assistant.bench`, the command the team's guide names: runs `tools/bench.py` from a checkout.

The tool itself lives in `tools/`, outside the runtime package; nothing here is imported by
the service.
"""

import runpy

if __name__ == "__main__":
    runpy.run_module("tools.bench", run_name="__main__", alter_sys=True)
