"""`planner register ...`: any register (defects, checklists, stakeholders, actions, ...) listed, typed into,
imported, from the command line, with the rules and messages of its table in the window.

A register is named by its table (`action_items`), its plural (`action-items`,
"action items") or its singular (`defect`). A field is named by its key
(`task_id`) or its column title (`found-in`, "Found in"), and its value is typed as
in the table: `severity=major`, `found-in=12`, `status=in` (a prefix of one status).
In --json output a task is its row ID (what one types), a record of another
register its Unique ID.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(jobs: argparse._SubParsersAction) -> None:
    """Add this module's jobs to the `planner` command."""
    listing = jobs.add_parser("register", help="print a register: defects, checklists, lessons, stakeholders, ...")
    listing.add_argument("file")
    listing.add_argument("register", help="defects, checklists, checklist-items, lessons, stakeholders, "
                         "communications, meetings, decisions, action-items")  # fmt: skip
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(run=cmd_list)
    add = jobs.add_parser("register-add", help="add a record to a register")
    add.add_argument("file")
    add.add_argument("register")
    add.add_argument("title", help="the record's title (a defect's title, a stakeholder's name, ...)")
    add.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", help="another field, as typed")
    add.add_argument("--json", action="store_true", help="machine-readable output: id, label")
    add.set_defaults(run=cmd_add)
    change = jobs.add_parser("register-set", help="type values into a record's fields")
    change.add_argument("file")
    change.add_argument("register")
    change.add_argument("record", help="its label (D3) or Unique ID (3)")
    change.add_argument("--set", action="append", required=True, metavar="FIELD=VALUE")
    change.set_defaults(run=cmd_set)
    delete = jobs.add_parser("register-delete", help="delete records (and what belongs to them)")
    delete.add_argument("file")
    delete.add_argument("register")
    delete.add_argument("records", nargs="+", help="labels (D3) or Unique IDs")
    delete.set_defaults(run=cmd_delete)
    load = jobs.add_parser("register-import", help="add a register's rows from a .csv or .xlsx sheet")
    load.add_argument("file")
    load.add_argument("register")
    load.add_argument("sheet")
    load.add_argument("--skip-bad-rows", action="store_true", help="import the good rows, report the bad ones")
    load.add_argument("--dry-run", action="store_true", help="say what would be imported; change nothing")
    load.add_argument("--json", action="store_true", help="machine-readable: added, records, refused, ignored_columns")
    load.set_defaults(run=cmd_import)


def spec_named(name: str):
    """The register a command line names; InputError listing the registers otherwise."""
    from planner.core.errors import InputError
    from planner.core.records.registry import REGISTERS

    wanted = " ".join(name.replace("-", " ").replace("_", " ").lower().split())
    for spec in REGISTERS.values():
        if wanted in (spec.table.replace("_", " "), spec.plural, spec.singular):
            return spec
    known = ", ".join(s.table.replace("_", "-") for s in REGISTERS.values())
    raise InputError(f"there is no register {name!r}; the registers are {known}")


def field_named(spec, name: str):
    from planner.core.errors import InputError
    from planner.exchange.register_import import field_names, header_key

    found = field_names(spec).get(header_key(name.replace("-", " ")))
    if found is None:
        keys = ", ".join(f.key for f in spec.fields)
        raise InputError(f"a {spec.singular} has no field {name!r}; its fields are {keys}")
    return found


def record_id(spec, text: str) -> int:
    from planner.core.errors import InputError

    number = text.strip().upper().removeprefix(spec.prefix.upper())
    if not number.isdigit():
        raise InputError(f"{text!r} is not a {spec.singular}'s label like {spec.prefix}3")
    return int(number)


def _pairs(spec, settings: list[str]) -> list[tuple[str, str]]:
    from planner.core.errors import InputError

    pairs = []
    for setting in settings:
        name, equals, value = setting.partition("=")
        if not equals:
            raise InputError(f"--set {setting!r}: write FIELD=VALUE, e.g. severity=major")
        pairs.append((field_named(spec, name.strip()).key, value))
    return pairs


def json_value(project, field, value: Any) -> Any:
    """A field's value in --json output: what one would type (a task's row ID), dates as ISO text."""
    from planner.core.model.wbs import Outline
    from planner.core.records.spec import Kind

    if value is None:
        return None
    if field.kind is Kind.CHOICE:
        return value.value
    if field.kind is Kind.DATE:
        return value.isoformat()
    if field.kind is Kind.TASK:
        return Outline.of(project).ids.id_of(value) if value in project.tasks else None
    return value


def record_dict(project, spec, record) -> dict[str, Any]:
    values = {f.key: json_value(project, f, getattr(record, f.key)) for f in spec.fields}
    return {"id": record.id, "label": spec.label(record.id), **values}


def cmd_list(args: argparse.Namespace) -> int:
    from planner.core.records.edits import records
    from planner.core.records.values import shown
    from planner.store.projectfile import ProjectFile

    spec = spec_named(args.register)
    with ProjectFile.open(args.file, writable=False) as file:
        project = file.load()
    rows = records(project, spec)
    if args.json:
        json.dump({"register": spec.table, "records": [record_dict(project, spec, r) for r in rows]},
                  sys.stdout, indent=2)  # fmt: skip
        sys.stdout.write("\n")
        return 0
    columns = [f for f in spec.fields if f.shown]
    table = [["ID", *(f.title for f in columns)]]
    table += [[spec.label(r.id), *(shown(project, f, getattr(r, f.key)) for f in columns)] for r in rows]
    widths = [min(40, max(len(row[i]) for row in table)) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(cell[:40].ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    print(f"{len(rows)} {spec.plural if len(rows) != 1 else spec.singular}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from datetime import date

    from planner.core.quality.metrics import status_day
    from planner.core.records.edits import add_record, typed_together
    from planner.core.records.values import parse
    from planner.store.document import Document

    spec = spec_named(args.register)
    pairs = _pairs(spec, args.set)
    with Document.open(args.file) as document:
        project = document.project
        title = parse(project, spec.field(spec.title_key), args.title)
        values = {spec.title_key: title}
        if spec.entered:  # a defect is found, a lesson raised, on the day the log is kept on
            values[spec.entered] = status_day(project, date.today())
        added = add_record(project, spec, **values)
        record = added.changes[0].after
        document.apply(typed_together(project, spec, record.id, pairs, first=added))
    if args.json:
        json.dump({"id": record.id, "label": spec.label(record.id)}, sys.stdout)
        sys.stdout.write("\n")
    else:
        print(f"added {spec.singular} {spec.label(record.id)} to {args.file}", file=sys.stderr)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from planner.core.records.edits import record_of, typed_together
    from planner.store.document import Document

    spec = spec_named(args.register)
    pairs = _pairs(spec, args.set)
    with Document.open(args.file) as document:
        uid = record_id(spec, args.record)
        record_of(document.project, spec, uid)
        edit = typed_together(document.project, spec, uid, pairs)
        if edit is not None:
            document.apply(edit)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from planner.core.records.edits import delete_records
    from planner.store.document import Document

    spec = spec_named(args.register)
    with Document.open(args.file) as document:
        ids = [record_id(spec, text) for text in args.records]
        edit = delete_records(document.project, spec, ids)
        document.apply(edit)
    others = sorted({c.table for c in edit.changes if c.table != spec.table})
    extra = f" (with their {', '.join(t.replace('_', ' ') for t in others)})" if others else ""
    print(f"deleted {len(ids)} {spec.plural if len(ids) != 1 else spec.singular}{extra}", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from planner.exchange.register_import import RegisterImportError, read_register_sheet
    from planner.store.document import Document
    from planner.store.projectfile import ProjectFile

    spec = spec_named(args.register)
    with ProjectFile.open(args.file, writable=False) as file:  # a bad sheet leaves an older file unmigrated
        project = file.load()
    try:
        result = read_register_sheet(args.sheet, project, spec, args.skip_bad_rows)
    except RegisterImportError as error:
        for problem in error.problems:
            print(f"{args.sheet}: {problem}", file=sys.stderr)
        raise
    if not args.dry_run and result.edit is not None:
        with Document.open(args.file) as document:
            result = read_register_sheet(args.sheet, document.project, spec, args.skip_bad_rows)
            if result.edit is not None:
                document.apply(result.edit)
    _report_import(args, spec, result)
    return 0


def _report_import(args: argparse.Namespace, spec, result) -> None:
    if args.json:
        out = {
            "added": 0 if args.dry_run else len(result.records),
            "records": [spec.label(r.id) for r in result.records],
            "refused": [{"row": row, "message": message} for row, message in result.refused],
            "ignored_columns": result.ignored_columns,
        }
        json.dump(out, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    for problem in result.problems():
        print(f"{args.sheet}: skipped {problem}", file=sys.stderr)
    if result.ignored_columns:
        print(f"{args.sheet}: columns not read: {', '.join(result.ignored_columns)}", file=sys.stderr)
    count = len(result.records)
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb} {count} {spec.plural if count != 1 else spec.singular} from {args.sheet}", file=sys.stderr)
