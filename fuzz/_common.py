"""What the atheris harnesses share: the repository on the path, the seeds they start from,
and the judgement of tests/fuzzing.py (works, or raises a NotebookError; anything else, a
hang or a runaway allocation is a crash, which libFuzzer saves as crash-<hash>)."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402  (after the path: the harness imports the repository's modules)

__all__ = ["ARTIFACTS", "ROOT", "atheris", "option", "run"]


def option(name: str, choices: tuple[str, ...]) -> str:
    """Our own `--name=value` (removed from argv before libFuzzer reads it); the first choice
    when it is not given."""
    prefix = f"--{name}="
    for argument in list(sys.argv[1:]):
        if argument.startswith(prefix):
            sys.argv.remove(argument)
            value = argument[len(prefix) :]
            if value not in choices:
                raise SystemExit(f"{prefix}{value}: choose from {', '.join(choices)}")
            return value
    return choices[0]


ARTIFACTS = Path(tempfile.gettempdir()) / "casenotebook-fuzz-artifacts"


def run(test_one_input: Callable[[bytes], None], seeds: dict[str, bytes]) -> None:
    """Fuzz `test_one_input`. Without a corpus folder among the arguments, start from `seeds`
    in a temporary one (libFuzzer adds what it finds there). Crashing inputs go to ARTIFACTS
    unless -artifact_prefix says otherwise: not into the working folder (the repository)."""
    argv = list(sys.argv)
    if not any(not argument.startswith("-") for argument in argv[1:]):
        corpus = Path(tempfile.mkdtemp(prefix="casenotebook-corpus-"))
        for name, data in seeds.items():
            (corpus / name).write_bytes(data)
        argv.append(str(corpus))
    if not any(argument.startswith("-artifact_prefix=") for argument in argv):
        ARTIFACTS.mkdir(exist_ok=True)
        argv.insert(1, f"-artifact_prefix={ARTIFACTS}/")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()
