"""The stakeholder workbook: `planner export FILE -o report.xlsx`, File > Export to Excel.

One module per sheet, each a function `write(book, source)` listed in sheet_list.SHEETS in
the order of the tabs. The workbook opens in Excel or LibreOffice without Planner, so a
sheet keeps live formulas where a reader would check a figure (CPI is =EV/AC in its cell)
and native charts, never pictures. Everything it writes goes through three helpers:
- cells.put: user text never becomes a formula (OWASP's formula-injection rule);
- styles: named styles (header, date, money, ...) instead of ad-hoc formatting;
- source.WorkbookSource.figure: a key figure gets a workbook-level defined name
  ("EVM_CPI"), which the Summary sheet, written last and moved first, refers to.
"""
