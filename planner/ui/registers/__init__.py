"""The generic register UI: any RecordSpec (planner.core.records) as a page of a tab, with the task table's habits.

The pieces, smallest first:

- `record_model.RecordModel(session, spec)`: the Qt model; a row per record in ID
  order, column 0 the ID ("D12"), then one column per RecordField. Roles:
  `RecordIdRole`, `RecordRole` (the entity), `SortRole`. Typing goes through
  `Session.attempt` with `core.records.edits.set_record_field`: one undo step per cell.
- `record_proxy.RecordProxy(model)`: sort by header, `set_filter(RecordFilter)`,
  `set_text(find)`, `set_parent(key, id)` (a detail table), `counted(shown, total)`.
- `record_filter`: `RecordFilter(name, keeps)`, `by_value`, `among`, `everything`,
  `default_filters(spec)` (All, then one per status).
- `record_table.RecordTable(proxy)`: the view (keys, refusal note, header menu,
  empty hint, `save_state`/`restore_state`, `select_record`, `selected_ids`); its
  `delegate.suggest` names text fields that offer the values already used.
- `register_page.RegisterPage(spec, session, host, parent=None, filters=None)`: a
  toolbar (Add, Delete, Show, find, "N of M shown"), the table, and
  `add_pane(widget, below=False)` for a chart or list; override `new_values(project)`
  for what Insert fills in. `insert_record()`, `delete_selected()`, `reveal(id)`,
  `focus_find()`, `narrow_to(key, id)`.
- `master_detail.MasterDetailPage(master, details, session, host)`: a master register
  above, detail registers below narrowed to the master's current record (Insert there
  fills the parent). `details` are (spec, RECORD field key) pairs or RegisterPages.
- `register_tab.RegisterTab`: a Tab whose `pages` tuple lists page classes
  `(session, host, parent)`; `plain_page(spec, title)` and
  `master_detail_page(title, master, *details)` make the plain ones.

A page class in a tab's PAGES has a `title` (with its mnemonic) and answers:
`registers()` (its RegisterPages, master first), `current_register()` (the one the
focus is in), `reveal_record(table, id) -> bool`, `restore_settings(settings, group)`,
`save_settings(settings, group)` and `close_page()`. RegisterPage and
MasterDetailPage answer all of it, so a richer page subclasses one of them:

    class DefectsPage(RegisterPage):
        title = "&Defects"

        def __init__(self, session, host, parent=None):
            super().__init__(DEFECTS, session, host, parent, filters=[everything(DEFECTS), OPEN])
            self.add_pane(DefectCharts(session, self))

and replaces its entry in planner.ui.quality.pages.PAGES.
"""
