"""The Gantt tab: the task table (table/) beside the chart (chart/), with their dialogs and actions."""
