"""Small hostile input files, generated on the fly (shared by the tests and the fuzzer).

Each maker writes one file of a few kilobytes that used to crash, exhaust memory or be
stored wrongly, and returns its path.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
       'package/2006/content-types"><Default Extension="rels" ContentType="application/'
       'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
       'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
       '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>{sst}</Types>')
_SST_CT = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
           'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
_ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
              'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
              'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_BOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_NS}" xmlns:r="{_RELNS}">'
         '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_BOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
              'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
              'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
              'Target="worksheets/sheet1.xml"/>{sst}</Relationships>')
_SST_REL = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')

HEADER = ["order_id", "customer_id", "order_date", "total"]


def _cell(ref: str, value: object) -> str:
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if isinstance(value, tuple):  # ("s", index): a shared string
        return f'<c r="{ref}" t="s"><v>{value[1]}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def _col(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(path: Path, rows: list[list[object]], extra: str = "", dimension: str | None = None,
               shared: list[str] | None = None, sst_count: int | None = None) -> Path:
    """A minimal workbook: ``rows`` from A1, then the raw cell XML ``extra`` (a far
    reference, say), an optional ``<dimension>`` and an optional shared-string table."""
    body = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(_cell(f"{_col(c)}{r}", v) for c, v in enumerate(row, start=1))
        body.append(f'<row r="{r}">{cells}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_NS}">{dim}<sheetData>'
             + "".join(body) + extra + "</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT.format(sst=_SST_CT if shared else ""))
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("xl/workbook.xml", _BOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS.format(sst=_SST_REL if shared else ""))
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared:
            items = "".join(f"<si><t>{s}</t></si>" for s in shared)
            n = sst_count if sst_count is not None else len(shared)
            zf.writestr("xl/sharedStrings.xml",
                        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_NS}" count="{n}" '
                        f'uniqueCount="{len(shared)}">{items}</sst>')
    return path


def _orders(n: int = 3) -> list[list[object]]:
    return [HEADER] + [[f"O{i}", f"C{i}", f"2024-01-{i + 1:02d}", 10 + i] for i in range(n)]


def far_cell(path: Path, ref: str = "XFD1048576", dimension: str | None = None) -> Path:
    """Three orders plus one cell at ``ref`` (no ``<dimension>``, or a false one)."""
    row = "".join(ch for ch in ref if ch.isdigit())
    return write_xlsx(path, _orders(), extra=f'<row r="{row}">{_cell(ref, "x")}</row>',
                      dimension=dimension)


def shared_string_bomb(path: Path, size: int = 15 << 20, uses: int = 2000) -> Path:
    """One ``size``-character shared string referenced by ``uses`` cells (a few KB zipped)."""
    rows = [HEADER + ["note"]] + [[f"O{i}", f"C{i}", "2024-01-02", 10 + i % 5, ("s", 0)]
                                  for i in range(uses)]
    return write_xlsx(path, rows, shared=["A" * size])


def wide_csv(path: Path, columns: int = 3000, rows: int = 3) -> Path:
    """An order export with ``columns - 4`` extra columns."""
    head = HEADER + [f"x{i}" for i in range(columns - 4)]
    lines = [",".join(head)]
    for i in range(rows):
        lines.append(",".join([f"O{i}", f"C{i}", "2024-01-02", "10"] + ["v"] * (columns - 4)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def duplicate_header_csv(path: Path, repeats: int = 100_000) -> Path:
    """A header line of ``x,x,x,…`` (about 2 bytes a column)."""
    path.write_text(",".join(["x"] * repeats) + "\n" + ",".join(["1"] * repeats) + "\n",
                    encoding="utf-8")
    return path


def mixed_encoding_csv(path: Path, rows: int = 9000) -> Path:
    """UTF-8 Persian order rows (past the 256 KiB sniffed head), then ONE Windows-1256
    line: the file mixes two encodings."""
    head = "order_id,customer_id,order_date,total,note\n"
    body = "".join(f"O{i},C{i % 300},2024-01-{1 + i % 28:02d},{10 + i % 7},زعفران ممتاز {i}\n"
                   for i in range(rows))
    late = f"O{rows},C1,2024-02-01,12,زعفران ممتاز\n".encode("cp1256")
    path.write_bytes((head + body).encode("utf-8") + late)
    return path


def latin1_csv(path: Path) -> Path:
    """A Western European (Latin-1 / Windows-1252) export with German and French names."""
    rows = ["order_id,customer_id,order_date,total,city,street"]
    places = [("Köln", "Straße"), ("Zürich", "Bahnhofstraße"), ("Orléans", "Rue de l'Église"),
              ("Malmö", "Storgatan"), ("München", "Maximilianstraße")]
    for i in range(30):
        city, street = places[i % len(places)]
        rows.append(f"O{i},C{i % 7},2024-03-{1 + i % 28:02d},{20 + i},{city},{street} {i}")
    path.write_bytes(("\n".join(rows) + "\n").encode("cp1252"))
    return path


def encrypted_xlsx(path: Path) -> Path:
    """The shape of a password-protected .xlsx: an OLE compound file whose directory
    names the ``EncryptionInfo`` and ``EncryptedPackage`` streams (contents random)."""
    import os
    import struct

    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)  # minor, major, byte order, 512 B
    directory = bytearray()
    for name, kind in (("Root Entry", 5), ("EncryptionInfo", 2), ("EncryptedPackage", 2)):
        entry = bytearray(128)
        raw = name.encode("utf-16-le") + b"\x00\x00"
        entry[:len(raw)] = raw
        struct.pack_into("<HB", entry, 64, len(raw), kind)
        directory += entry
    directory += bytes(512 - len(directory) % 512)
    path.write_bytes(bytes(header) + bytes(directory) + os.urandom(4096))
    return path
