"""The network cut off for a test process: any connection or name lookup raises at once.

The program never opens a connection; running every test this way proves it for every path
the tests reach. It covers what Python asks of the network (the socket module's connect,
sendto, name and address lookups); tests/ui/test_offline.py watches the system calls of
whole sessions with strace, which sees what Qt or SQLite might do in C as well.
"""

from __future__ import annotations

import socket
from typing import NoReturn

# The lookups that would put a name (a server, or a hint of what the program is for) on
# the wire to a resolver.
LOOKUPS = (
    "getaddrinfo",
    "gethostbyname",
    "gethostbyname_ex",
    "gethostbyaddr",
    "getnameinfo",
    "create_connection",
)
# What a socket does to reach another machine, or another program.
REACHES = ("connect", "connect_ex", "sendto", "sendmsg")


class NetworkUsed(AssertionError):
    """A test's code tried to reach the network."""


def _refuse(what: str) -> NoReturn:
    raise NetworkUsed(f"{what}: the network is cut off while the tests run")


def _refusing(what: str):
    def refuse(*_args: object, **_kwargs: object) -> NoReturn:
        _refuse(what)

    refuse.__name__ = what
    return refuse


def cut_off_network() -> None:
    """Make every connection and lookup of this process raise NetworkUsed."""
    for name in LOOKUPS:
        setattr(socket, name, _refusing(f"socket.{name}"))
    for name in REACHES:
        setattr(socket.socket, name, _refusing(f"socket.socket.{name}"))


def is_cut_off() -> bool:
    return getattr(socket.getaddrinfo, "__name__", "") == "socket.getaddrinfo"
