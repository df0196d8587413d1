"""Shrink the ICU data library of a Linux bundle to what Qt can reach (32 MB -> ~3.4 MB).

Usage: ``python packaging/trim_icu.py <bundle folder>`` (run by ``build.sh``).

PySide6's Linux wheels ship ICU with the data of every locale, built into
``libicudata.so.NN`` as one symbol, ``icudtNN_dat`` (a "common data" package). Qt calls ICU
for four things only (``objdump -T libQt6Core.so.6``): case mapping (``u_strToUpper``),
collation (``ucol_*``, e.g. sorting a column), time-zone names (``ucal_*``) and legacy
codecs (``ucnv_*``, used by ``QStringDecoder``, which this app never calls). So the package
keeps the collation, time-zone and locale data of the interface languages (en, fa, ar) and
root, plus every non-locale item (normalisation, properties, supplemental data), and drops:
other languages, converter tables (``*.cnv``), and the categories no Qt call reaches
(break iterators and their dictionaries, transliteration, unit/currency/language/region
names, spell-out rules). ``icupkg`` (Debian ``icu-devtools``) edits the package and checks
that nothing kept depends on a removed item; ``as``/``ld`` (binutils) turn it back into a
library with the same soname and symbol. The bundle self-test then sorts Persian words
with the trimmed library (Persian puts و before ه, root order does not).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = {"en", "fa", "ar"}
# Trees of the package no Qt function reads (see the module docstring).
UNUSED_TREES = {"brkitr", "translit", "unit", "curr", "lang", "region", "rbnf"}
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*$")  # af, fa_IR, sr_Latn_BA, de_
_SHARED = {"root", "pool", "res_index"}  # fallback root, shared key pools, locale index


def items_to_remove(items: list[str]) -> list[str]:
    """Package items (``coll/de.res``, ``ibm-943_P15A-2003.cnv`` ...) the bundle drops."""
    gone = []
    for item in items:
        parts = item.split("/")
        name = parts[-1]
        if (len(parts) > 1 and parts[0] in UNUSED_TREES) or name.endswith(".cnv"):
            gone.append(item)
        elif name.endswith(".res") and name[:-4] not in _SHARED:
            match = _LOCALE.match(name[:-4])
            if match and match.group(1) not in KEEP_LANGUAGES:
                gone.append(item)
    return gone


def _run(*cmd: str, cwd: Path | None = None) -> str:
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout


def _data_symbol(lib: Path) -> tuple[str, int, int]:
    """``(name, file offset, size)`` of the ``icudtNN_dat`` symbol in ``lib``."""
    for line in _run("objdump", "-T", str(lib)).splitlines():
        fields = line.split()
        if fields and re.fullmatch(r"icudt\d+_dat", fields[-1]):
            name, vma, size = fields[-1], int(fields[0], 16), int(fields[-2], 16)
            break
    else:
        raise RuntimeError(f"{lib}: no icudtNN_dat symbol")
    for line in _run("objdump", "-h", str(lib)).splitlines():
        fields = line.split()
        if len(fields) >= 6 and fields[1] == ".rodata":
            sec_vma, sec_off = int(fields[3], 16), int(fields[5], 16)
            return name, vma - sec_vma + sec_off, size
    raise RuntimeError(f"{lib}: no .rodata section")


def trim(lib: Path) -> tuple[int, int]:
    """Replace ``lib`` (a ``libicudata.so.NN``) by a trimmed copy; return (old, new) sizes."""
    symbol, offset, size = _data_symbol(lib)
    package = symbol[:-4] + "l"  # icudt73_dat -> icudt73l (little-endian package name)
    soname = lib.name
    old = lib.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # icupkg checks that item names start with the file's name: keep <package>.dat.
        (work / "in").mkdir()
        (work / "out").mkdir()
        with lib.open("rb") as fh:
            fh.seek(offset)
            (work / "in" / f"{package}.dat").write_bytes(fh.read(size))
        listing = _run("icupkg", "-l", f"in/{package}.dat", cwd=work).split()
        (work / "remove.txt").write_text("\n".join(items_to_remove(listing)) + "\n")
        _run("icupkg", "-r", "remove.txt", f"in/{package}.dat", f"out/{package}.dat", cwd=work)
        (work / "data.s").write_text(
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            f'    .incbin "out/{package}.dat"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n'
        )
        _run("as", "--64", "-o", "data.o", "data.s", cwd=work)
        _run("ld", "-shared", "-soname", soname, "-z", "noexecstack", "--hash-style=gnu",
             "-o", soname, "data.o", cwd=work)
        if _data_symbol(work / soname)[0] != symbol:
            raise RuntimeError("the rebuilt library lost its data symbol")
        lib.unlink()  # the bundle's copy may be hard-linked into a staging tree
        shutil.copy2(work / soname, lib)
    return old, lib.stat().st_size


def main(argv: list[str]) -> int:
    bundle = Path(argv[1])
    libs = [p for p in bundle.rglob("libicudata.so.*") if p.is_file() and not p.is_symlink()]
    if not libs:
        print("trim_icu: no libicudata in the bundle (nothing to do)")
        return 0
    for tool in ("icupkg", "objdump", "as", "ld"):
        if shutil.which(tool) is None:
            print(f"trim_icu: {tool} is missing (Debian: apt-get install icu-devtools binutils)",
                  file=sys.stderr)
            return 1
    for lib in libs:
        old, new = trim(lib)
        print(f"trim_icu: {lib.relative_to(bundle)} {old / 1e6:.1f} MB -> {new / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
