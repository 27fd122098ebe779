"""`python -m assistant.eval`, the command the team's guide names: runs `tools/eval.py` from a checkout.

The tool itself lives in `tools/`, outside the runtime package; nothing here is imported by
the service.
"""

import runpy

if __name__ == "__main__":
    runpy.run_module("tools.eval", run_name="__main__", alter_sys=True)
