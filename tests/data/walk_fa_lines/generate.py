"""Rewrite the CDNOW sample as a Persian shop's line-item export (for walk-throughs only).

Real customers, dates, quantities and amounts from CDNOW (see ../cdnow_sample/SOURCE.txt);
each purchase is split into product lines from a small Persian catalogue, chosen by a hash of
(customer, date, line) so the file is deterministic. No product has a planted effect: any
"winner" the Products view shows here is either chance (its interval should include the shop
average) or a bug. Some names carry the Arabic ي/ك and Persian digits on purpose.
No test reads this file; it exists so a newcomer can import a layout the tests were not
written from.

Run: python tests/data/walk_fa_lines/generate.py
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import numpy as np

from retention_desktop.core.calendar import to_jalali

HERE = Path(__file__).parent
SRC = HERE.parent / "cdnow_sample" / "CDNOW_sample.txt"
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
CATALOGUE = [  # (sku, name, category)
    ("CD-101", "آلبوم موسیقی سنتی", "موسیقی"),
    ("CD-102", "آلبوم پاپ ۹۷", "موسیقی"),
    ("CD-103", "موسيقي فيلم", "موسیقی"),          # Arabic yeh on purpose
    ("BK-201", "کتاب شعر حافظ", "کتاب"),
    ("BK-202", "كتاب داستان كودك", "کتاب"),        # Arabic kaf on purpose
    ("BK-203", "کتاب آشپزی", "کتاب"),
    ("GF-301", "کارت هدیه ۵۰ هزار تومانی", "هدیه"),
    ("GF-302", "جعبه کادو", "هدیه"),
    ("AC-401", "هدفون", "لوازم جانبی"),
    ("AC-402", "کیف سی‌دی", "لوازم جانبی"),
]


def pick(key: str, n: int) -> int:
    """A deterministic choice in ``range(n)`` from a text key."""
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % n


def main() -> None:
    rows = [line.split() for line in SRC.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r[0].isdigit()]
    days = np.array([f"{r[2][:4]}-{r[2][4:6]}-{r[2][6:]}" for r in rows], dtype="datetime64[D]")
    jal = to_jalali(days)
    out = HERE / "فروش_اقلام.csv"
    with out.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["شماره فاکتور", "تاریخ", "کد مشتری", "کد کالا", "نام کالا", "دسته",
                    "تعداد", "فی (تومان)", "مبلغ (تومان)"])
        for i, (cid, _id2, _d, qty, amount) in enumerate(rows):
            y, m, d = (int(jal.iloc[i][k]) for k in jal.columns[:3])
            date = f"{y:04d}/{m:02d}/{d:02d}".translate(FA)
            toman = round(float(amount) * 10000)     # a plausible Toman amount
            n_lines = 1 + pick(f"{cid}{i}n", min(3, int(qty)))
            left = toman
            for k in range(n_lines):
                sku, name, cat = CATALOGUE[pick(f"{cid}|{i}|{k}", len(CATALOGUE))]
                part = left if k == n_lines - 1 else round(toman / n_lines)
                left -= part
                q = 1
                w.writerow([f"{1400000 + i}".translate(FA), date, str(int(cid)).translate(FA),
                            sku, name, cat, str(q).translate(FA), f"{part:,}".translate(FA),
                            f"{part:,}".translate(FA)])
    print(out)


if __name__ == "__main__":
    main()
