"""Runs ralph-malph's LRS server (``ralph.api:app`` under uvicorn, one process) for tests/lrs.rs.

Usage: python ralph_lrs.py HOST PORT, with the usual RALPH_* environment (RALPH_APP_DIR,
RALPH_RUNSERVER_BACKEND=fs, RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH).

One change to ralph, made here and nowhere else: its file-system LRS backend writes every
POST to one file (fs_lrs.jsonl) with the data backend's default operation, "create", which
refuses a file that exists, so a second POST answers 500 ("Statements bulk indexation
failed"). Ralph has no setting for the operation, so this sets the backend's default to
"append" (each POST adds its lines to the file), as its other backends index into one store.
Everything else — the routes, the validation, duplicate ids, auth — is ralph's own.
"""

import sys

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402

if __name__ == "__main__":
    host, port = sys.argv[1], int(sys.argv[2])
    uvicorn.run("ralph.api:app", host=host, port=port, log_level="info", access_log=True)  # the tests count requests
