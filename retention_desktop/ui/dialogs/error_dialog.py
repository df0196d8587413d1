"""The one dialog every background error ends in: a readable message, details on demand."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from retention_desktop.ui.runner import TaskError


class ErrorDialog(QMessageBox):
    """Shows a :class:`TaskError`: what failed, why, and the technical details (copyable).

    Parameters
    ----------
    error : TaskError
        The failure as reported by the runner.
    parent : QWidget, optional
        Parent window.
    """

    def __init__(self, error: TaskError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setText(self.tr("Could not finish: {0}").format(describe_key(error.key, self)))
        self.setInformativeText(error.message)
        self.setDetailedText(error.details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


def describe_key(key: str, widget: QWidget) -> str:
    """A translated description of a task key ("overview", "cohorts"...)."""
    names = {
        "overview": widget.tr("the overview numbers"),
        "cohorts": widget.tr("the cohort analysis"),
        "cohort-customers": widget.tr("the customer list of a cohort cell"),
        "import": widget.tr("the import"),
        "preview": widget.tr("the file preview"),
        "data-summary": widget.tr("the data summary"),
        "filter-values": widget.tr("the filter values"),
        "forget-preview": widget.tr("the look-up of the customer"),
        "forget": widget.tr("deleting the customer's data"),
    }
    return names.get(key.split(":")[0], key)
