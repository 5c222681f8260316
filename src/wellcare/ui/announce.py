"""Telling screen readers about screens that appear on their own: a role, a text, an alert.

A screen reader speaks what gets the keyboard focus, but a break overlay or the crisis panel
appears without the counselor asking. Such a widget gets

- an accessibility role (``register_role``): Qt gives a plain QWidget the role "client", which a
  reader treats as an anonymous grouping; an alert or a dialog is announced when it appears;
- a name and a description that say what it is and what to do (``announce``);
- an ``Alert`` accessibility event and, for readers that speak messages (Qt 6.8+: UI Automation
  notifications, AT-SPI announcements, NSAccessibility announcements), an assertive
  ``Announcement`` with the same text;
- the keyboard focus (the caller says where).

Qt picks a widget's accessibility interface by class name through installed factories, so the
role is registered per class before any instance is asked for its interface.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_ROLES: dict[str, tuple[type[QWidget], QAccessible.Role]] = {}
_installed = False


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    entry = _ROLES.get(key)
    if entry is None or not isinstance(obj, entry[0]):
        return None
    return QAccessibleWidget(obj, entry[1])


def register_role(cls: type[QWidget], role: QAccessible.Role) -> None:
    """Every widget of class ``cls`` (not its subclasses) speaks with ``role``."""
    global _installed
    _ROLES[cls.__name__] = (cls, role)
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(
    widget: QWidget,
    name: str,
    description: str,
    *,
    focus: QWidget | None = None,
    assertive: bool = True,
) -> None:
    """Name and describe ``widget``, tell assistive technology it appeared, move the focus.

    ``focus`` is the widget to give the keyboard to (``widget`` itself when None); pass the
    widget's first control when landing on the widget would help nobody.
    """
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    message = f"{name}. {description}" if description else name
    announcement = QAccessibleAnnouncementEvent(widget, message)
    announcement.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if assertive else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(announcement)
    target = focus if focus is not None else widget
    target.setFocus(Qt.FocusReason.OtherFocusReason)


def tell(widget: QWidget, message: str) -> None:
    """A polite announcement that takes nothing away (e.g. a heads-up that never takes the focus)."""
    announcement = QAccessibleAnnouncementEvent(widget, message)
    announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(announcement)
