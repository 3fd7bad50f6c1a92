"""Registers: tables of records a PM keeps beside the plan (defects, lessons, stakeholders, actions, ...).

A register is declared once, as a RecordSpec over a dataclass (core.records.spec).
From that one declaration follow how a cell's typed text is read (values), the
edits that add, change and delete records (edits), how the file stores them
(store.record_codec), and the generic table, import and workbook sheet built on it.
"""
