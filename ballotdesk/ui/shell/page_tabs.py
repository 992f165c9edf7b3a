"""The main window's tabs: one per page, each page built (and its module imported) when first needed.

Part of :class:`~ballotdesk.ui.shell.main_window.MainWindow` (a mixin it is built from), kept apart
so the window's module only assembles. :class:`PageArea` holds a page in its tab so that a page
wider than the screen scrolls sideways instead of pushing the window off it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.pages import PAGES, Page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    _Window = QMainWindow
else:
    _Window = object

P = TypeVar("P", bound=Page)


class PageArea(QScrollArea):
    """A tab's page: exactly as tall as the tab, and as wide as the tab or as the page needs.

    A page wider than the screen (a 1024-pixel laptop with a large font) then scrolls sideways
    inside its tab instead of pushing the window off the screen. Height is never scrolled: the
    pages arrange themselves for a short window (the desk's status panel scrolls on its own)
    and must keep their search fields and buttons in view.
    """

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        self.viewport().installEventFilter(self)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the page again when the tab or what the page needs changes."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            page = self.widget()
            if page is not None:
                page.resize(max(self.viewport().width(), page.minimumSizeHint().width()), self.viewport().height())
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """As tall as the page needs (it never scrolls up and down), as narrow as a scroll bar allows."""
        page = self.widget()
        hint = super().minimumSizeHint()
        if page is None:
            return hint
        return QSize(hint.width(), page.minimumSizeHint().height() + self.horizontalScrollBar().sizeHint().height())


class PageTabs(_Window):
    """The pages in their tabs, in the order of :data:`~ballotdesk.ui.pages.PAGES`, built on first use."""

    context: MeetingContext
    dialogs: Dialogs
    action_map: dict[ActionName, QAction]
    tabs: QTabWidget
    """One tab per page; each holds an empty slot until its page is built (see the window's ``_build_ui``)."""
    _built: dict[str, Page]
    """The pages built so far, by class name."""

    @property
    def pages(self) -> list[Page]:
        """Every page, in tab order; pages not built yet are built now."""
        return [self._page_at(index) for index in range(len(PAGES))]

    def page(self, cls: type[P]) -> P:
        """The page of class ``cls``, built (and bound to the window's actions and dialogs) on first use."""
        page = self._page_at(self._index_of(cls))
        assert isinstance(page, cls)
        return page

    @staticmethod
    def _index_of(cls: type[Page]) -> int:
        index = next((i for i, entry in enumerate(PAGES) if entry.name == cls.__name__), None)
        if index is None:
            raise LookupError(cls.__name__)
        return index

    def _page_at(self, index: int) -> Page:
        entry = PAGES[index]
        page = self._built.get(entry.name)
        if page is None:
            slot = self.tabs.widget(index)  # the tab's slot (see _build_ui)
            layout = slot.layout() if slot is not None else None
            assert slot is not None and layout is not None  # every tab has its slot and layout from _build_ui
            page = entry.load()(self.context, slot)
            page.bind(self.action_map, self.dialogs)
            layout.addWidget(PageArea(page, slot))
            slot.setFocusProxy(page)
            self._built[entry.name] = page
        return page

    def _ensure_current_page(self, index: int | None = None) -> None:
        index = self.tabs.currentIndex() if index is None else index
        if 0 <= index < min(len(PAGES), self.tabs.count()):
            self._page_at(index)

    def show_page(self, cls: type[Page]) -> None:
        """Bring a page forward (the desk also takes the keyboard focus in its search field)."""
        page = self.page(cls)
        self.tabs.setCurrentIndex(self._index_of(cls))
        page.setFocus()
