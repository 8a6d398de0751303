#!/usr/bin/env python3
"""openpyxl reads Samverkan's XLSX export (test/interchange/openpyxl.test.ts): a second, independent
reader of the hand-written SpreadsheetML besides exceljs.

Input: the workbook's path as the only argument.
Output on stdout, per sheet in workbook order: its name, frozen pane, every row's values (None as
null), whether each header cell is bold, the column widths, and the data validations (type,
formula, cell ranges).

Run: .venv/bin/python scripts/oracle/read_xlsx.py export.xlsx
"""
import json
import sys

from openpyxl import load_workbook


def describe(sheet):
    return {
        "name": sheet.title,
        "frozen": sheet.freeze_panes,
        "rows": [list(row) for row in sheet.iter_rows(values_only=True)],
        "boldHeader": [bool(cell.font and cell.font.b) for cell in sheet[1]],
        "widths": {letter: dimension.width for letter, dimension in sheet.column_dimensions.items()},
        "validations": [
            {"type": v.type, "formula": v.formula1, "ranges": str(v.sqref)} for v in sheet.data_validations.dataValidation
        ],
    }


def main():
    book = load_workbook(sys.argv[1])
    json.dump([describe(sheet) for sheet in book.worksheets], sys.stdout)


if __name__ == "__main__":
    main()
