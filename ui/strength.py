"""An honest, rough estimate of a new passphrase's strength, for the meter in the create dialog."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

# Bits per word of a passphrase drawn at random from a list of 7,776 words (diceware).
BITS_PER_RANDOM_WORD = math.log2(7776)


@dataclass(frozen=True)
class Strength:
    bits: int  # a generous upper bound: we cannot know how randomly it was chosen
    level: int  # 0 too weak, 1 weak, 2 fair, 3 strong
    words: int


def estimate(passphrase: str) -> Strength:
    """Words count as random dictionary words; otherwise characters count by their classes.

    The larger of the two estimates is taken, then capped: no meter can tell a random
    passphrase from a quotation, so the advice (six random words or more) matters more.
    """
    words = len(passphrase.split())
    by_words = words * BITS_PER_RANDOM_WORD if words >= 2 else 0.0
    alphabet = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        alphabet += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        alphabet += 26
    if any(c.isdigit() for c in passphrase):
        alphabet += 10
    if any(not c.isascii() and c.isalpha() for c in passphrase):
        alphabet += 33  # Cyrillic and other letters
    if any(not c.isalnum() and not c.isspace() for c in passphrase):
        alphabet += 32
    # Human-chosen characters are far from random: count only half the naive entropy.
    by_characters = len(passphrase) * math.log2(alphabet) / 2 if alphabet else 0.0
    bits = int(min(max(by_words, by_characters), 128))
    level = 0 if bits < 40 else 1 if bits < 60 else 2 if bits < 75 else 3
    return Strength(bits=bits, level=level, words=words)
