"""Words shared by several widgets: the names of the kinds of record, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Words(QObject):
    """A translation context for words that belong to no one widget."""

    def kind(self, kind: str) -> str:
        names = {
            "case": self.tr("Case"),
            "person": self.tr("Person"),
            "organisation": self.tr("Organisation"),
            "incident": self.tr("Incident"),
            "threat": self.tr("Threat"),
            "interview": self.tr("Interview"),
            "evidence": self.tr("Evidence"),
        }
        return names.get(kind, kind)


def kind_name(kind: str) -> str:
    """The kind of a record as the user reads it: "Threat", "Угроза"."""
    return Words().kind(kind)
