"""Process hardening done first thing at start-up, by the command line and the desktop alike."""

from __future__ import annotations

import ctypes
import sys

try:
    import resource
except ImportError:  # Windows
    resource = None

_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """Stop a crash from writing this process's memory (keys, decrypted text) to disk.

    On Windows it does nothing: there are no core files, and crash dumps by Windows Error
    Reporting are a system policy (LocalDumps) that a program cannot refuse.
    """
    if resource is None:
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _make_undumpable()


def _make_undumpable() -> None:
    # Belt and braces: a core_pattern that pipes to a collector (systemd-coredump, apport)
    # is told RLIMIT_CORE but may not honour it, while a non-dumpable process is dumped at
    # most root-only, per fs.suid_dumpable. It also keeps other programs running as the same
    # user from attaching a debugger or reading /proc/PID/mem.
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
