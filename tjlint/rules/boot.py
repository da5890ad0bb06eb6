"""How ModelArts starts a v1 custom-image job: its boot script, and where the code is downloaded.

The documented start command is :data:`FORM`; :mod:`tjlint.rules.invocation`
reads a ``user_command`` against it and :mod:`tjlint.rules.command` holds the
rules. Kept apart from both so that the command rules can name these paths
without loading the shell reader.
"""

from __future__ import annotations

#: The boot script: it fetches the credentials and the code directory, then runs its arguments.
RUN_TRAIN = "/home/work/run_train.sh"
#: Where the code directory (``app_url``) is downloaded, as ``<this>/<last folder of app_url>/``.
USER_JOB_DIR = "/home/work/user-job-dir"
#: The start command the documentation gives.
FORM = f"bash {RUN_TRAIN} python {USER_JOB_DIR}/<code dir>/<script>.py [args]"
