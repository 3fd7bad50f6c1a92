"""The printed Gantt: page setup, tiling over pages, print, preview, PDF and PNG.

Painted from the model (the schedule and the chart's own geometry and timescale) with
QPainter straight onto the printer, the PDF writer or an image at its resolution, so a
PDF keeps its text as text. Nothing here renders an on-screen widget.
"""
