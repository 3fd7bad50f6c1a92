"""Charts as matplotlib figures, with no Qt: plain functions of core data returning a Figure.

The tabs draw them on screen (FigureCanvasQTAgg), the Excel export and printed
reports as PNG or PDF. Import matplotlib inside each function, never at module
level, so the window's first paint does not pay for it.
"""
