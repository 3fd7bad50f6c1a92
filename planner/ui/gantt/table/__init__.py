"""The task table: one item model over the WBS, its proxy, view, delegates and commands."""
