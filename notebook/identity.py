"""A notebook's identity: the contact code others use to send it cases, and its fingerprint.

The contact code carries the two public keys (X25519 to encrypt to, Ed25519 to check
signatures with) and a short checksum, so a code mangled in an e-mail or a chat is refused
rather than used. The fingerprint is what two people read to each other to be sure the code
came from whom they think.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from notebook import crypto
from notebook.errors import InvalidInput

PREFIX = "cn1-"  # the format of the code; a later format gets another prefix
_CHECKSUM_BYTES = 4


@dataclass(frozen=True)
class Identity:
    receiving_key: bytes  # X25519 public key
    signing_key: bytes  # Ed25519 public key

    @property
    def contact_code(self) -> str:
        keys = self.receiving_key + self.signing_key
        checksum = hashlib.sha256(PREFIX.encode() + keys).digest()[:_CHECKSUM_BYTES]
        return PREFIX + base64.urlsafe_b64encode(keys + checksum).decode().rstrip("=")

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint(self.receiving_key + self.signing_key)


def parse_contact_code(text: str) -> Identity:
    """The identity a contact code names; InvalidInput if it is not one, or was mangled."""
    code = "".join(text.split())
    if not code.startswith(PREFIX):
        raise InvalidInput("a contact code starts with cn1-", field="contact")
    body = code[len(PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except ValueError:
        raise InvalidInput(
            "that contact code has characters it cannot have", field="contact"
        ) from None
    if len(raw) != 64 + _CHECKSUM_BYTES:
        raise InvalidInput("that contact code is too short or too long", field="contact")
    if base64.urlsafe_b64encode(raw).decode().rstrip("=") != body:
        # The last character carries two bits that decode to nothing: one changed there
        # would slip past the checksum, so only the code exactly as made is taken.
        raise InvalidInput(
            "that contact code was changed on its way: ask for it again", field="contact"
        )
    keys, checksum = raw[:64], raw[64:]
    if hashlib.sha256(PREFIX.encode() + keys).digest()[:_CHECKSUM_BYTES] != checksum:
        raise InvalidInput(
            "that contact code was changed on its way: ask for it again", field="contact"
        )
    return Identity(receiving_key=keys[:32], signing_key=keys[32:])
