"""Search keys: names folded so that case, accents and punctuation do not matter."""

from __future__ import annotations

from collections.abc import Sequence

# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "\u0131": "i",  # dotless i
        "ħ": "h",
        "Ħ": "h",
        "ŀ": "l",
        "Ŀ": "l",
    }
)
# Marks inside a word ("L'viv", "Xi\u2019an", "U.A.E.", "Hawai\u02bbi") join it; every other
# character that is no ASCII letter or digit separates words.
_JOINERS = "'\u2019\u02bb\u02bc`\u00b4."
# string.ascii_lowercase + string.digits, spelled out: importing string costs a command
# more than folding its query.
_KEEP = "abcdefghijklmnopqrstuvwxyz0123456789"
_BYTES = bytes(c if chr(c) in _KEEP else 32 for c in range(256))
_DROP = b"'`."
_BYTES_LINES = _BYTES[:10] + b"\n" + _BYTES[11:]  # the same, keeping newlines


def _ascii(text: str) -> str:
    """The text with its letters beyond ASCII replaced as :func:`fold` does, one by one."""
    import unicodedata  # only for a name beyond ASCII

    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = text.translate(_LETTERS)
    if not text.isascii():
        text = "".join(c if c.isascii() else "" if c in _JOINERS else " " for c in text)
    return text


def fold(text: str) -> str:
    """The search key of a name: lower case ASCII words separated by single spaces.

    >>> fold("Kraków"), fold("São Paulo"), fold("L'viv"), fold("Asia/Ho_Chi_Minh")
    ('krakow', 'sao paulo', 'lviv', 'asia ho chi minh')
    >>> fold("  U.A.E. "), fold("Łódź"), fold("Saint-Étienne"), fold("İstanbul")
    ('uae', 'lodz', 'saint etienne', 'istanbul')
    """
    if not text.isascii():
        text = _ascii(text)
    data = text.encode("ascii").lower().translate(_BYTES, _DROP)
    return b" ".join(data.split()).decode("ascii")


def fold_all(texts: Sequence[str]) -> list[str]:
    """:func:`fold` of each text, in one pass over them all (a city's many other names).

    Every step of :func:`fold` but the last works character by character, and no name
    decomposes into a newline: the texts are folded joined by newlines, then split.

    >>> fold_all(["Kraków", "Łódź", "", "L'viv"])
    ['krakow', 'lodz', '', 'lviv']
    """
    if not texts:
        return []
    text = "\n".join(texts)
    if text.count("\n") != len(texts) - 1:
        return [fold(one) for one in texts]
    if not text.isascii():
        text = _ascii(text)
    data = text.encode("ascii").lower().translate(_BYTES_LINES, _DROP)
    return [b" ".join(line.split()).decode("ascii") for line in data.split(b"\n")]
