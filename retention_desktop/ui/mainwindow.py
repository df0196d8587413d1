"""The main window: tabs from the registry, filter bar, menus, status bar with progress."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop import APP_NAME, PROJECT_SUFFIX, __version__
from retention_desktop.core.demo import demo_project_job
from retention_desktop.core.store import ProjectLockedError
from retention_desktop.core.store.opening import OpenResult, open_project_job
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.dialogs.error_dialog import ErrorDialog
from retention_desktop.ui.exporting import ExportNotice
from retention_desktop.ui.filterbar import FilterBar
from retention_desktop.ui.prefs import Prefs
from retention_desktop.ui.runner import TaskError
from retention_desktop.ui.tabs import TABS, load_tab_class
from retention_desktop.ui.widgets.scroll_tabs import ScrollingTabWidget

log = logging.getLogger(__name__)
PREFERRED_SIZE = (1280, 800)  # the first window on a screen that has room for it
# What a window manager adds around the client area before the first show reveals it:
# (side and bottom border, title bar) in pixels.
FRAME_ALLOWANCE = (8, 38)


class DemoBanner(QFrame):
    """"This is the demo shop — import your own data" strip above the tabs."""

    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setObjectName("demoBanner")
        self.setStyleSheet("#demoBanner { background: #FFF4CE; color: #3B2F00; }"
                           "#demoBanner QLabel { color: #3B2F00; }")
        label = QLabel(self.tr("<b>DEMO</b> — you are looking at a made-up demo shop. "
                               "Every screen works the same with your own exports."), self)
        label.setWordWrap(True)
        button = QPushButton(self.tr("Import your own data…"), self)
        button.clicked.connect(self.importRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(label, 1)
        layout.addWidget(button)


class MainWindow(QMainWindow):
    """Retention Desktop's window.

    Parameters
    ----------
    ctx : AppContext
        Shared context (store, settings, filter, runner).
    prefs : Prefs, optional
        App preferences (geometry, recent projects).

    Signals
    -------
    projectOpenFinished(bool)
        An :meth:`open_project` ended: whether the project is now open.
    """

    projectOpenFinished = Signal(bool)

    def __init__(self, ctx: AppContext, prefs: Prefs | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.prefs = prefs or Prefs()
        self._error_dialogs: list[ErrorDialog] = []
        self._open_serial = 0  # the latest open_project call; older results are dropped
        # False for --smoke and other unattended runs: opening problems are written to
        # stderr instead of waiting for a click on a modal dialog nobody will see.
        self.interactive = True
        self._open_pending = False
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(False)

        self.banner = DemoBanner(self)
        self.banner.importRequested.connect(self.import_own_data)
        self.banner.hide()
        self.filter_bar = FilterBar(ctx, self)
        self.tabs = ScrollingTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tab_widgets: dict[str, QWidget] = {}
        self._build_tabs()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_menus()
        ctx.runner.errorOccurred.connect(self.show_error)
        ctx.projectChanged.connect(self._project_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._restore_window()

    # ------------------------------------------------------------------ construction
    def _build_tabs(self) -> None:
        for entry in TABS:
            widget = load_tab_class(entry)(self.ctx, parent=self.tabs)
            widget.setObjectName(f"tab_{entry.key}")
            self.tabs.addTab(widget, QCoreApplication.translate("Tabs", entry.title))
            self.tab_widgets[entry.key] = widget

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop every running computation or import (Esc)"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.ctx.runner.cancel_all)
        self.project_label = QLabel(self)
        self.export_notice = ExportNotice(self)
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.export_notice)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.project_label)
        self.ctx.runner.progressChanged.connect(self._show_progress)
        self.ctx.runner.busyChanged.connect(self._busy)

    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open project…"), self.open_project_dialog,
                     QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file_menu, self.tr("Open the &demo shop"), self.open_demo)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import data…"), self.import_own_data, "Ctrl+I")
        self.forget_action = self._action(
            file_menu, self.tr("&Forget a customer…"), self.forget_customer,
            tip=self.tr("Delete all data of one customer (when a customer asks you to)"))
        self.shop_name_action = self._action(
            file_menu, self.tr("Shop &name…"), self.edit_shop_name,
            tip=self.tr("The name shown on the report, in exported file names and the title bar"))
        self._action(file_menu, self.tr("&Export…"), self.export_current, "Ctrl+E",
                     self.tr("Export the current tab's table"))
        self._action(file_menu, self.tr("&Print…"), self.print_current, QKeySequence.StandardKey.Print)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        view = bar.addMenu(self.tr("&View"))
        for i in range(self.tabs.count()):
            self._action(view, self.tabs.tabText(i).replace("&&", "&"),
                         lambda _=False, i=i: self.tabs.setCurrentIndex(i),
                         f"Ctrl+{i + 1}" if i < 9 else None)
        view.addSeparator()
        act = self._action(view, self.tr("Show &filter bar"), self.filter_bar.setVisible, "Ctrl+Shift+F")
        act.setCheckable(True)
        act.setChecked(True)
        self._action(view, self.tr("&Refresh"), self.ctx.notify_data_changed, QKeySequence.StandardKey.Refresh)
        self._action(view, self.tr("Full &screen"), self._toggle_full_screen, "F11")
        self._action(view, self.tr("Cancel running work"), self.ctx.runner.cancel_all, "Esc")

        settings = bar.addMenu(self.tr("&Settings"))
        self._action(settings, self.tr("&Analysis settings…"), self.edit_settings,
                     QKeySequence.StandardKey.Preferences if not QKeySequence(
                         QKeySequence.StandardKey.Preferences).isEmpty() else "Ctrl+,")
        self._action(settings, self.tr("&Language and numbers…"), self.edit_language)
        self.toman_action = self._action(
            settings, self.tr("Show amounts in &Toman"), lambda: self._toggle_toman(),
            tip=self.tr("1 Toman = 10 Rial: changes how amounts are shown, never the data"))
        self.toman_action.setCheckable(True)
        self.ctx.settingsChanged.connect(self._update_toman_action)
        self._update_toman_action()

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Metric &definitions"), self.show_definitions,
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&About"), self.show_about)

    # ------------------------------------------------------------------ project handling
    def open_project(self, path: str | Path, *, read_only: bool = False,
                     on_done: Callable[[bool], object] | None = None) -> None:
        """Open a project file in the background; asks about read-only when it is locked.

        Returns at once: the file is opened on the runner (the status bar shows
        "Opening…" with Cancel) and the project appears when it is ready. The latest open
        wins. ``on_done(opened)`` and :attr:`projectOpenFinished` report the outcome.
        """
        path = Path(path)
        self._open_serial += 1
        self._open_pending = True
        serial = self._open_serial
        self.ctx.runner.submit(
            None, open_project_job, path, read_only,
            on_result=lambda result: self._project_opened(serial, result, on_done),
            on_error=lambda _err: self._open_done(serial, False, on_done),
            on_cancelled=lambda: self._open_done(serial, False, on_done),
            label=self.tr("Opening {0}…").format(path.name))

    def _warn(self, title: str, text: str) -> None:
        """A warning box, or a line on stderr when the window runs unattended."""
        if self.interactive:
            QMessageBox.warning(self, title, text)
        else:
            sys.stderr.write(f"{title}: {text}\n")

    def is_opening(self) -> bool:
        """Whether a project is being opened."""
        return self._open_pending

    def _project_opened(self, serial: int, result: OpenResult,
                        on_done: Callable[[bool], object] | None) -> None:
        if serial != self._open_serial:  # another open was asked for meanwhile
            if result.store is not None:
                result.store.close()
            return
        exc, path = result.error, result.path
        if isinstance(exc, ProjectLockedError):
            if result.read_only or not self.interactive:  # no read-only copy / nobody to ask
                self._warn(self.tr("Project in use"), str(exc))
                self._open_done(serial, False, on_done)
                return
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Project in use"), str(exc),
                              QMessageBox.StandardButton.Cancel, self)
            read_only_button = box.addButton(self.tr("Open read-only"),
                                             QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            if box.clickedButton() is read_only_button and serial == self._open_serial:
                self.open_project(path, read_only=True, on_done=on_done)
            else:
                self._open_done(serial, False, on_done)
            return
        if exc is not None:
            self._warn(self.tr("Cannot open project"), str(exc))
            self.prefs.remove_recent(str(path))
            self._open_done(serial, False, on_done)
            return
        self.ctx.set_store(result.store)
        if not self.ctx.is_demo:
            self.prefs.add_recent(path)
        self.prefs.set_last_project(path)
        self._open_done(serial, True, on_done)

    def _open_done(self, serial: int, opened: bool,
                   on_done: Callable[[bool], object] | None) -> None:
        if serial != self._open_serial:
            return
        self._open_pending = False
        if on_done is not None:
            on_done(opened)
        self.projectOpenFinished.emit(opened)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(Path.home()),
            self.tr("Retention Desktop projects (*{0} *.duckdb);;All files (*)").format(PROJECT_SUFFIX))
        if path:
            self.open_project(path)

    def new_project(self, *, then: Callable[[], object] | None = None) -> bool:
        """Ask for a file name and create an empty project there.

        Returns whether the project is being created; ``then()`` runs once it is open
        (keyword-only: File > New project's ``triggered`` would pass ``checked`` into it).
        """
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), str(Path.home() / f"my-shop{PROJECT_SUFFIX}"),
            self.tr("Retention Desktop projects (*{0})").format(PROJECT_SUFFIX))
        if not path:
            return False
        if not path.endswith(".duckdb"):
            path += PROJECT_SUFFIX
        target = Path(path)
        if target.exists():
            QMessageBox.warning(self, self.tr("New project"),
                                self.tr("{0} already exists. Choose another name, or open it "
                                        "with File > Open.").format(target.name))
            return False

        def opened(ok: bool) -> None:
            if ok:
                self.tabs.setCurrentWidget(self.tab_widgets["data"])
                if then is not None:
                    then()

        self.open_project(target, on_done=opened)
        return True

    def open_demo(self) -> None:
        """Open (building it in the background on first use) the bundled demo shop."""
        def built(result) -> None:
            if isinstance(result, Exception):
                self._warn(self.tr("Demo shop"), self.tr(
                    "Could not build the demo shop: {0}").format(result))
            else:
                self.open_project(result)

        self.ctx.runner.submit("open-demo", demo_project_job, on_result=built,
                               label=self.tr("Preparing the demo shop…"))

    def import_own_data(self) -> None:
        """Go to the Data tab and pick files; from the demo shop, start a new project first."""
        if self.ctx.store is None or self.ctx.is_demo or self.ctx.store.read_only:
            QMessageBox.information(
                self, self.tr("Import your own data"),
                self.tr("Your data goes into a project file of its own. Choose where to save "
                        "it; then pick your CSV or Excel exports."))
            self.new_project(then=self._pick_files)
            return
        self._pick_files()

    def _pick_files(self) -> None:
        data_tab = self.tab_widgets.get("data")
        if data_tab is not None:
            self.tabs.setCurrentWidget(data_tab)
            if hasattr(data_tab, "pick_files"):
                data_tab.pick_files()

    def forget_customer(self) -> None:
        """Open the Forget a customer dialog (pre-filled with the Customers tab's customer)."""
        from retention_desktop.ui.dialogs.forget_dialog import ForgetDialog

        shown = getattr(self.tab_widgets.get("customers"), "current_customer_id", "") or ""
        dialog = ForgetDialog(self.ctx, self, customer_id=shown)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.forget_dialog = dialog
        dialog.open()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.prefs.recent()
        for path in recent:
            self.recent_menu.addAction(path, lambda *_args, p=path: self.open_project(p))
        if not recent:
            act = self.recent_menu.addAction(self.tr("(no recent projects)"))
            act.setEnabled(False)

    def _project_changed(self) -> None:
        store = self.ctx.store
        demo = self.ctx.is_demo
        self.banner.setVisible(demo)
        self.shop_name_action.setEnabled(store is not None and not store.read_only)
        if store is None:
            self.setWindowTitle(APP_NAME)
            self.project_label.setText(self.tr("No project"))
            return
        parts = [store.display_name()]
        if demo:
            parts.append(self.tr("DEMO"))
        if store.read_only:
            parts.append(self.tr("read-only"))
        self.setWindowTitle(" — ".join([*parts, APP_NAME]))
        self.project_label.setText(str(store.path.name) + (f" [{self.tr('DEMO')}]" if demo else ""))

    # ------------------------------------------------------------------ actions
    def edit_settings(self) -> None:
        from retention_desktop.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self)
        if dialog.exec():
            self.ctx.set_settings(dialog.settings())
        dialog.deleteLater()  # parented to the window: each opening would otherwise stay

    def _update_toman_action(self) -> None:
        """Offered only for Iranian money; ticked while amounts are shown in Toman."""
        from retention_desktop.core import formatting

        loc = formatting.current_locale()
        code = formatting.currency_code(self.ctx.settings.currency)  # the project owns it
        self.toman_action.setEnabled(code in ("IRR", "IRT"))
        self.toman_action.setChecked(code in ("IRR", "IRT")
                                     and formatting.money_scale(loc)[1] == "IRT")

    def _toggle_toman(self) -> None:
        from retention_desktop.core import formatting

        code = formatting.currency_code(self.ctx.settings.currency)
        want_toman = self.toman_action.isChecked()
        if code == "IRR":
            self.ctx.set_money_unit("toman" if want_toman else "as_is")
        elif code == "IRT":
            self.ctx.set_money_unit("as_is" if want_toman else "rial")
        self._update_toman_action()

    def edit_language(self) -> None:
        from retention_desktop.ui.language_settings import LanguageDialog

        dialog = LanguageDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_definitions(self) -> None:
        from retention_desktop.ui.dialogs.definitions_dialog import DefinitionsDialog

        dialog = DefinitionsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About {0}").format(APP_NAME),
            self.tr("<h3>{0} {1}</h3><p>Offline retention analytics for small shops: cohorts, "
                    "retention, customer value, A/B tests and a printable KPI summary.</p>"
                    "<p>Your data never leaves this computer.</p>").format(APP_NAME, __version__))

    def edit_shop_name(self) -> None:
        """Ask for the shop's name (kept in the project; empty = from the file name)."""
        store = self.ctx.store
        if store is None or store.read_only:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Shop name"),
            self.tr("Name on the report, in exported file names and the title bar\n"
                    "(leave empty to use the file name):"), text=store.display_name())
        if not ok:
            return
        store.set_meta("name", name.strip())
        self._project_changed()
        report = self.tab_widgets.get("report")
        if hasattr(report, "invalidate"):
            report.invalidate()  # the report's title shows the new name

    def export_current(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "export_current"):
            tab.export_current()
        else:
            QMessageBox.information(self, self.tr("Export"),
                                    self.tr("This tab has nothing to export. Use the Export "
                                            "buttons above tables and charts."))

    def print_current(self) -> None:
        """Print the current tab as it looks (the Report tab prints the KPI summary)."""
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        tab = self.tabs.currentWidget()
        if hasattr(tab, "print_dialog"):  # tabs with their own page layout (Report)
            tab.print_dialog()
            return
        target = tab.print_widget() if hasattr(tab, "print_widget") else tab
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)  # does not own the printer: both stay local
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        pixmap = target.grab()
        painter = QPainter(printer)
        rect = painter.viewport()
        size = pixmap.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.setViewport(rect.x(), rect.y(), size.width(), size.height())
        painter.setWindow(pixmap.rect())
        painter.drawPixmap(0, 0, pixmap)
        painter.end()

    def show_export_notice(self, path: Path, text: str) -> None:
        """"Saved … in …" with *Open folder* in the status bar (see ``ui.exporting``)."""
        self.export_notice.show_path(path, text)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # ------------------------------------------------------------------ runner feedback
    def show_error(self, error: TaskError) -> None:
        """The one place background errors become a dialog (non-modal, never a crash)."""
        log.warning("task %s failed: %s", error.key, error.message)
        self.statusBar().showMessage(self.tr("Error: {0}").format(error.message), 10_000)
        dialog = ErrorDialog(error, self)
        dialog.setModal(False)
        dialog.finished.connect(lambda *_args, d=dialog: self._error_dialogs.remove(d)
                                if d in self._error_dialogs else None)
        self._error_dialogs.append(dialog)
        dialog.show()

    def _show_progress(self, text: str, fraction: float) -> None:
        self.status_label.setText(text)
        if fraction < 0:
            self.progress.setRange(0, 0)
        else:
            # QProgressBar.setValue repaints synchronously, and a synchronous repaint paints
            # every dirty widget of the window (all charts) in this turn; with updates off
            # it only schedules the bar's repaint like any other widget
            self.progress.setUpdatesEnabled(False)
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(max(fraction, 0.0), 1.0)))
            self.progress.setUpdatesEnabled(True)
            self.progress.update()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if not busy:
            self.status_label.setText(self.tr("Ready"))

    # ------------------------------------------------------------------ window state
    def _tab_changed(self, index: int) -> None:
        for key, widget in self.tab_widgets.items():
            if self.tabs.indexOf(widget) == index:
                self.prefs.set_current_tab(key)

    def _restore_window(self) -> None:
        geometry = self.prefs.geometry()
        if geometry is None or not self.restoreGeometry(geometry) or not self._fits_screen():
            self.fit_to_screen()
        state = self.prefs.window_state()
        if state is not None:
            self.restoreState(state)
        tab = self.tab_widgets.get(self.prefs.current_tab())
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, *PREFERRED_SIZE)

    def _fits_screen(self) -> bool:
        """Whether the (restored) window, frame and title bar included, fits the screen's
        available area: a size saved on a bigger monitor would hide the status bar.
        (``restoreGeometry`` itself already moves a window back onto a screen.)"""
        avail, size = self._available(), self.size()
        side, title = FRAME_ALLOWANCE
        return (size.width() + 2 * side <= avail.width()
                and size.height() + title + side <= avail.height())

    def fit_to_screen(self) -> None:
        """Size the window to :data:`PREFERRED_SIZE`, or less on a smaller screen, centred
        in the available area (taskbar and panels excluded), frame and title bar included."""
        avail = self._available()
        side, title = FRAME_ALLOWANCE
        width = max(min(PREFERRED_SIZE[0], avail.width() - 2 * side), 1)
        height = max(min(PREFERRED_SIZE[1], avail.height() - title - side), 1)
        self.resize(width, height)
        # move() places the frame's corner; centre the frame, not the client area
        self.move(avail.x() + (avail.width() - width - 2 * side) // 2,
                  avail.y() + (avail.height() - height - title - side) // 2)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.save_window(self.saveGeometry(), self.saveState())
        self.prefs.sync()
        self.ctx.runner.shutdown(10_000)
        if self.ctx.store is not None:
            self.ctx.store.close()
        super().closeEvent(event)
