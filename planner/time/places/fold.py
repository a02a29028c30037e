"""Search keys: names folded so that case, accents and punctuation do not matter."""

from __future__ import annotations

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


def fold(text: str) -> str:
    """The search key of a name: lower case ASCII words separated by single spaces.

    >>> fold("Kraków"), fold("São Paulo"), fold("L'viv"), fold("Asia/Ho_Chi_Minh")
    ('krakow', 'sao paulo', 'lviv', 'asia ho chi minh')
    >>> fold("  U.A.E. "), fold("Łódź"), fold("Saint-Étienne"), fold("İstanbul")
    ('uae', 'lodz', 'saint etienne', 'istanbul')
    """
    if not text.isascii():
        import unicodedata  # only for a name beyond ASCII

        decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
        text = text.translate(_LETTERS)
        if not text.isascii():
            text = "".join(c if c.isascii() else "" if c in _JOINERS else " " for c in text)
    data = text.encode("ascii").lower().translate(_BYTES, _DROP)
    return b" ".join(data.split()).decode("ascii")
