"""Fuzz the command line (cli.main): argv built from the parser's own commands and options,
with values aimed at what each names (ids, paths to real and damaged files, dates, contact
codes, codes) or anything; each run in a sandbox of its own. A crash is an exception out of
main(), a traceback in its output, or a failure not said in one `casenotebook: …` line.

    python fuzz/fuzz_cli.py [libFuzzer options] [CORPUS_DIR]
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from _common import atheris, run

with atheris.instrument_imports(include=["notebook"]):
    from notebook.cli import PASSPHRASE_VARIABLE
    from tests.conftest import PASSPHRASE
    from tests.core.test_fuzz_cli import (
        AIMS,
        CODES,
        COMMANDS,
        EDTF,
        ODD,
        PATHS,
        Sandbox,
        assert_said_as_ours,
        make_template,
    )
    from tests.core.test_fuzz_cli import run as run_main

WORK = Path(tempfile.mkdtemp(prefix="casenotebook-fuzz-"))
(WORK / "template").mkdir()
TEMPLATE = make_template(WORK / "template")
POOLS = {
    "id": [*TEMPLATE.ids, *(f"{i}:victim" for i in TEMPLATE.ids)],
    "path": PATHS,
    "date": EDTF,
    "contact": [TEMPLATE.contact, "cn1-"],
    "code": CODES,
}


def _value(provider: atheris.FuzzedDataProvider, name: str) -> str:
    pool = next((pool for hints, pool in AIMS if any(hint in name for hint in hints)), None)
    choice = provider.ConsumeIntInRange(0, 3)
    if pool is not None and choice < 3:
        return provider.PickValueInList(POOLS[pool])
    if choice == 0:
        return provider.PickValueInList(ODD)
    return provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 16)).replace("\0", "")


def _argv(provider: atheris.FuzzedDataProvider) -> list[str]:
    words = ["--notebook", PATHS[0]] if provider.ConsumeIntInRange(0, 9) else []
    command = provider.PickValueInList(COMMANDS)
    words.extend(command.words)
    for positional in command.positionals:
        if positional.nargs in ("None", "+") or provider.ConsumeBool():
            words.append(_value(provider, positional.name))
    for each in command.options:
        if provider.ConsumeIntInRange(0, 99) < (95 if each.required else 30):
            words.append(provider.PickValueInList(list(each.flags)))
            if each.takes_value:
                if each.choices and provider.ConsumeBool():
                    words.append(provider.PickValueInList(list(each.choices)))
                else:
                    words.append(_value(provider, each.name))
    if provider.ConsumeIntInRange(0, 9) == 0:
        words.insert(provider.ConsumeIntInRange(0, len(words)), _value(provider, ""))
    return words


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    passphrase = provider.PickValueInList([PASSPHRASE, PASSPHRASE, "wrong passphrase", ""])
    argv = _argv(provider)
    root = Path(tempfile.mkdtemp(dir=WORK))
    try:
        code, out, err = run_main(Sandbox(TEMPLATE, root), argv, {PASSPHRASE_VARIABLE: passphrase})
        assert "Traceback" not in out + err, argv
        assert_said_as_ours(code, out, err)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    run(test_one_input, {"seed": bytes(range(256))})
