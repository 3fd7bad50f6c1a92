"""The Gantt tab's dialogs: task information, links, column chooser."""
