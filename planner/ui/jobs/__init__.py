"""Long jobs off the UI thread: the runner, and its part of the status bar."""
