"""Level Resources in the window: the options dialog, the preview of what moves, the menu entries."""
