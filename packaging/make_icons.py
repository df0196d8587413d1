"""Draw the Retention Desktop app icon and write every format the installers need.

Run from the repository root (writes into ``resources/icons/``)::

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

The SVG is written as fixed text (the single source of the design); the PNG sizes are
rendered from it with Qt's SVG renderer, and the Windows ``.ico`` and macOS ``.icns``
containers are packed here byte by byte, so no image library beyond PySide6 is needed
and the output is the same on every run.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

NAME = "retention-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_BMP_SIZES = (16, 24, 32, 48)  # classic DIB entries: every Windows shell and NSIS read them
ICO_PNG_SIZES = (64, 256)  # PNG entries (Vista and later) keep the file small
# macOS icon types holding PNG data, by pixel size (ic10 is 512 pt @2x).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
              (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))

# Bars fall like a retention curve (100 %, 74 %, 57 %, 47 % of the first cohort month);
# the amber line joins their tops. Simple shapes so the 16 px version still reads.
_BARS = ((52, 68), (92, 104), (132, 128), (172, 142))  # (x, top y); bars end at y=204
SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="256" height="256" viewBox="0 0 256 256">
  <title>Retention Desktop</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#14b8a6"/>
      <stop offset="1" stop-color="#0f766e"/>
    </linearGradient>
  </defs>
  <rect x="12" y="12" width="232" height="232" rx="52" ry="52" fill="url(#bg)"/>
{chr(10).join(f'  <rect x="{x}" y="{y}" width="32" height="{204 - y}" rx="6" ry="6" fill="#ffffff"/>' for x, y in _BARS)}
  <polyline points="{" ".join(f"{x + 16},{y - 18}" for x, y in _BARS)}" fill="none" stroke="#fbbf24" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
{chr(10).join(f'  <circle cx="{x + 16}" cy="{y - 18}" r="11" fill="#fbbf24"/>' for x, y in _BARS)}
</svg>
"""


def render_png(svg_bytes: bytes, size: int) -> bytes:
    """Render the SVG into a square ``size`` px PNG (straight alpha, deterministic)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg_bytes))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buf, "PNG")
    return bytes(buf.data())


def _dib_entry(png: bytes) -> bytes:
    """A 32-bit BGRA DIB (bottom-up, with the 1-bit AND mask) as stored inside an .ico."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):  # DIB rows run bottom-up; ARGB32 is BGRA in memory
        line = image.constScanLine(y)
        rows.append(bytes(line)[: size * 4])
    mask_row = b"\x00" * (((size + 31) // 32) * 4)  # all opaque: alpha decides
    return header + b"".join(rows) + mask_row * size


def make_ico(pngs: dict[int, bytes]) -> bytes:
    """Pack a Windows icon holding DIB entries for small and PNG entries for large sizes."""
    entries = [(s, _dib_entry(pngs[s])) for s in ICO_BMP_SIZES]
    entries += [(s, pngs[s]) for s in ICO_PNG_SIZES]
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    body = b""
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        body += data
    return out + body


def make_icns(svg_bytes: bytes) -> bytes:
    """Pack a macOS icon family from PNG renders (the format PyInstaller's BUNDLE uses)."""
    chunks = b""
    for kind, size in ICNS_TYPES:
        data = render_png(svg_bytes, size)
        chunks += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def write_all(out_dir: Path) -> list[Path]:
    """Write the SVG, every PNG size, the .ico and the .icns into ``out_dir``."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt up)
    out_dir.mkdir(parents=True, exist_ok=True)
    svg_bytes = SVG.encode("utf-8")
    written = [out_dir / f"{NAME}.svg"]
    written[0].write_bytes(svg_bytes)
    pngs = {size: render_png(svg_bytes, size) for size in PNG_SIZES}
    for size, data in pngs.items():
        path = out_dir / f"{NAME}-{size}.png"
        path.write_bytes(data)
        written.append(path)
    for path, data in ((out_dir / f"{NAME}.ico", make_ico(pngs)),
                       (out_dir / f"{NAME}.icns", make_icns(svg_bytes))):
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: ``make_icons.py [--out DIR]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[1] / "resources" / "icons"
    parser.add_argument("--out", type=Path, default=default, help="output folder")
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
