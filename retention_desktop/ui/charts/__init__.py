"""pyqtgraph charts (time axes in the user's calendar, right-to-left aware)."""
