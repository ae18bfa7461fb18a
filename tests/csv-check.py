#!/usr/bin/env python3
# csv-check.py: reads a CSV table the way another program would, to check ours
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads FILE with Python's csv module, independently of Strategos' code.

Usage: csv-check.py FILE DELIMITER DECIMAL [--cells]

DELIMITER is ",", ";" or "tab"; DECIMAL is "." or ",". Prints one fact per
line, fields separated by tabs:

  bom      1 if the file starts with a UTF-8 byte order mark, else 0
  crlf     1 if the file ends with CRLF and every LF in it follows a CR
  rows     the number of rows after the header
  header   INDEX NAME, for every column
  total    COLUMN SUM   sum over every row after the header
  body     COLUMN SUM   the same without the last row (a table's total row)
  last     COLUMN VALUE the last row's number
  cell     ROW COLUMN TEXT, with --cells: every cell, row 0 the header,
           with backslash, tab, CR and LF escaped as \\\\ \\t \\r \\n

Sums are printed only for columns whose cells are all numbers or empty, as
exact decimals with "." (Decimal, never float). Exits with status 1 and a
message when the file is not UTF-8, its quoting is broken or a row has not
as many cells as the header.
"""

import csv
import decimal
import io
import re
import sys

BOM = b"\xef\xbb\xbf"
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")


def fail(message):
    print(f"csv-check: {message}", file=sys.stderr)
    sys.exit(1)


def number(cell, decimal_mark):
    """The cell as a Decimal, None when empty, False when not a number."""
    if cell == "":
        return None
    if decimal_mark == ",":
        if "." in cell:
            return False
        cell = cell.replace(",", ".")
    if not NUMBER.match(cell):
        return False
    return decimal.Decimal(cell)


def read_rows(raw, delimiter):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(f"not UTF-8: {error}")
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        fail(f"not CSV: {error}")


def escape(text):
    return (text.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\r", "\\r").replace("\n", "\\n"))


def column_numbers(rows, index, decimal_mark):
    """Every data cell of column @index as a number, or None if one is not."""
    values = [number(row[index], decimal_mark) for row in rows[1:]]
    if any(value is False for value in values):
        return None
    return [value if value is not None else decimal.Decimal(0) for value in values]


def print_sums(rows, decimal_mark):
    header = rows[0]
    for index, name in enumerate(header):
        values = column_numbers(rows, index, decimal_mark)
        if values is None or not values:
            continue
        print(f"total\t{name}\t{sum(values)}")
        print(f"body\t{name}\t{sum(values[:-1])}")
        last = number(rows[-1][index], decimal_mark)
        if last is not None:
            print(f"last\t{name}\t{last}")


def main():
    if len(sys.argv) not in (4, 5):
        fail("usage: csv-check.py FILE DELIMITER DECIMAL [--cells]")
    path, delimiter, decimal_mark = sys.argv[1:4]
    delimiter = "\t" if delimiter == "tab" else delimiter
    with open(path, "rb") as f:
        raw = f.read()
    bom = raw.startswith(BOM)
    if bom:
        raw = raw[len(BOM):]
    rows = read_rows(raw, delimiter)
    if not rows:
        fail("no header")
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(rows[0]):
            fail(f"row {line} has {len(row)} cells, the header {len(rows[0])}")
    print(f"bom\t{int(bom)}")
    crlf = raw.endswith(b"\r\n") and raw.count(b"\n") == raw.count(b"\r\n")
    print(f"crlf\t{int(crlf)}")
    print(f"rows\t{len(rows) - 1}")
    for index, name in enumerate(rows[0]):
        print(f"header\t{index}\t{name}")
    print_sums(rows, decimal_mark)
    if len(sys.argv) == 5 and sys.argv[4] == "--cells":
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                print(f"cell\t{r}\t{c}\t{escape(cell)}")


if __name__ == "__main__":
    main()
