"""Optional pseudonymisation of customer ids, e-mails and phone numbers on import.

Each value is replaced by ``"p" + the first 16 hex digits of sha256(salt + value)``.
The salt is random per project and kept in the project's ``meta`` table
(``pseudonym_salt``), so the same customer gets the same pseudonym in every import
of that project (retention and cohorts still work), while the pseudonyms of two
projects cannot be matched. E-mails are compared case-insensitively and phone numbers
by their digits. Once a project has pseudonymised data, every later import is
pseudonymised too (mixing raw and pseudonymised ids would split customers).
"""

from __future__ import annotations

import hashlib
import json
import secrets

import duckdb

from retention_desktop.core.store.project import quote_ident

SALT_KEY = "pseudonym_salt"
_DIGITS_FROM = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
_DIGITS_TO = "01234567890123456789"
_TO_LATIN = str.maketrans(_DIGITS_FROM, _DIGITS_TO)
_NORMAL_SQL = {
    "customer_id": "{c}",
    "email": "lower(trim({c}))",
    "phone": f"regexp_replace(translate({{c}}, '{_DIGITS_FROM}', '{_DIGITS_TO}'), '[^0-9]', '', "
             "'g')",
    "name": "lower(trim({c}))",
}


def normalise(value: str, kind: str = "customer_id") -> str:
    """The form of ``value`` that is hashed (same rule as the SQL used on import)."""
    if kind in ("email", "name"):
        return value.strip().lower()
    if kind == "phone":
        value = value.translate(_TO_LATIN)
        return "".join(ch for ch in value if ch.isascii() and ch.isdigit()) or value
    return value


def pseudonym(salt: str, value: str, kind: str = "customer_id") -> str:
    """The pseudonym of one value (for look-ups such as ``forget``)."""
    return "p" + hashlib.sha256((salt + normalise(value, kind)).encode("utf-8")).hexdigest()[:16]


def project_salt(cur: duckdb.DuckDBPyConnection, create: bool) -> str | None:
    """The project's salt; created (inside the caller's transaction) when ``create``."""
    row = cur.execute("SELECT value FROM meta WHERE key = ?", [SALT_KEY]).fetchone()
    if row:
        return json.loads(row[0])
    if not create:
        return None
    salt = secrets.token_hex(16)
    cur.execute("INSERT INTO meta VALUES (?, ?)", [SALT_KEY, json.dumps(salt)])
    return salt


def pseudonymise_table(cur: duckdb.DuckDBPyConnection, table: str, salt: str,
                       extra: dict[str, str] | None = None) -> list[str]:
    """Replace customer ids / e-mails / phones / names of a staging table by pseudonyms.

    Parameters
    ----------
    extra : dict, optional
        More columns holding personal data, ``{column: 'email' | 'phone' | 'name'}``
        (see :mod:`retention_desktop.core.importer.pii`).

    Returns
    -------
    list of str
        The columns that were pseudonymised.
    """
    have = {r[0] for r in cur.execute(
        "SELECT name FROM pragma_table_info(?)", [table]).fetchall()}
    kinds = {c: c for c in _NORMAL_SQL if c in have}
    kinds.update({c: k for c, k in (extra or {}).items() if c in have and k in _NORMAL_SQL})
    done = []
    for col, kind in kinds.items():
        c = quote_ident(col)
        expr = _NORMAL_SQL[kind].format(c=c)
        # a value whose normal form is empty (a phone without digits) is hashed as it is:
        # never left raw
        cur.execute(f"UPDATE {quote_ident(table)} SET {c} = 'p' || substr(sha256(? || "
                    f"coalesce(nullif({expr}, ''), {c})), 1, 16) WHERE {c} IS NOT NULL",
                    [salt])
        done.append(col)
    return done


def is_pseudonymised(store) -> bool:
    """Whether the project stores pseudonyms (it has a salt): every later import of it is
    pseudonymised too (see :mod:`retention_desktop.core.importer.pipeline`)."""
    return project_salt(store.cursor(), create=False) is not None
