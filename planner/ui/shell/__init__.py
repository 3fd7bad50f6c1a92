"""The application shell: start-up, the main window and its File and Help menus, settings, the start page."""
