"""A PNG file written band by band, so a very tall image never exists whole in memory.

A year chart of a large organisation is one strip per client/vendor pair: 1,900 strips
at 150 dpi make an image 185,000 pixels tall, 1.3 GB as one ``QImage``. The sheet is
painted in bands of strips instead, and each band's rows go through one ``zlib`` stream
into the PNG's image data (8-bit RGB). A row equal to the one above it (most of a strip
is) is written with PNG's "Up" filter as zeros, which costs the compressor next to nothing;
the other rows go as they are, at a fast compression level (for 1,900 strips the file is
22 MB where Qt's own encoder, which also tries each row's best filter, makes 13 MB).
"""

from __future__ import annotations

import struct
import zlib

from PySide6.QtGui import QImage

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHUNK_BYTES = 1 << 20


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


class PngStream:
    """Collects the rows of a ``width`` x ``height`` RGB image band by band into PNG bytes.

    >>> from PySide6.QtGui import QColor
    >>> image = QImage(3, 2, QImage.Format.Format_RGB32)
    >>> image.fill(QColor("red"))
    >>> stream = PngStream(3, 4, dpi=150)
    >>> stream.add(image); stream.add(image)
    >>> again = QImage.fromData(stream.finish())
    >>> again.width(), again.height(), again.pixelColor(2, 3).name()
    (3, 4, '#ff0000')
    """

    def __init__(self, width: int, height: int, dpi: float) -> None:
        self.width = width
        self.height = height
        self._rows = 0
        self._previous = b""
        self._same = b"\x02" + bytes(3 * width)  # "Up" filter, no change
        self._compressor = zlib.compressobj(3)
        self._pending: list[bytes] = []
        self._pending_bytes = 0
        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        per_metre = round(dpi / 0.0254)
        self._parts = [
            _SIGNATURE,
            _chunk(b"IHDR", header),
            _chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
        ]

    def add(self, band: QImage) -> None:
        """Append the rows of ``band`` (as wide as the image) below those added so far."""
        if band.width() != self.width or self._rows + band.height() > self.height:
            raise ValueError("a band must be as wide as the image and fit in its height")
        rgb = band.convertToFormat(QImage.Format.Format_RGB888)
        line, length = rgb.bytesPerLine(), 3 * self.width
        bits = memoryview(rgb.constBits()).cast("B")
        rows: list[bytes] = []
        previous, same = self._previous, self._same
        for y in range(rgb.height()):
            row = bits[y * line : y * line + length].tobytes()
            if row == previous:
                rows.append(same)
                continue
            rows.append(b"\x00" + row)
            previous = row
        self._previous = previous
        self._rows += rgb.height()
        self._write(self._compressor.compress(b"".join(rows)))

    def _write(self, data: bytes) -> None:
        if data:
            self._pending.append(data)
            self._pending_bytes += len(data)
        if self._pending_bytes >= _CHUNK_BYTES:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._parts.append(_chunk(b"IDAT", b"".join(self._pending)))
            self._pending, self._pending_bytes = [], 0

    def finish(self) -> bytes:
        """The PNG file; every row must have been added."""
        if self._rows != self.height:
            raise ValueError(f"{self._rows} rows added to an image {self.height} rows tall")
        self._write(self._compressor.flush())
        self._flush()
        self._parts.append(_chunk(b"IEND", b""))
        return b"".join(self._parts)
