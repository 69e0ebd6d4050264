"""A case that names a protected witness: the start of every timeline test's story."""

from __future__ import annotations

from notebook import Notebook
from notebook.model import Case, Person


def witness_case(notebook: Notebook) -> tuple[Case, Person, Person]:
    """A case titled with the witness's surname; the witness, Bakyt Osmonov, protected as
    "Witness B" with two more written forms of the name; and Kamil Ruziev, not protected."""
    case = notebook.add(Case(title="Osmonov"))
    bakyt = notebook.add(
        Person(
            case_id=case.id,
            name="Bakyt Osmonov",
            other_names=("Осмонов", "Осмонова"),
            protected=True,
            pseudonym="Witness B",
        )
    )
    kamil = notebook.add(Person(case_id=case.id, name="Kamil Ruziev"))
    assert isinstance(case, Case) and isinstance(bakyt, Person) and isinstance(kamil, Person)
    return case, bakyt, kamil
