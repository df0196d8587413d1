"""Report data (what goes on the one-page summary) and the Qt-free workbook."""
