"""Today: how WellCare is protecting this profile, and what the counselor can do next."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from wellcare.ui.theme import heading, paragraph


@dataclass(frozen=True)
class HomeStatus:
    vault_mode: str  # "keyring" | "passphrase"
    org_name: str  # "" in personal mode
    coordinator_name: str
    tray_available: bool


class HomePage(QWidget):
    def __init__(self, status: HomeStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Welcome back")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "WellCare keeps you company through the shift: short recovery breaks, quiet check-ins, "
                    "support after a hard call, and a confidential way to reach the EAP office."
                )
            )
        )
        layout.addWidget(self._card(self.tr("Your data"), self._privacy_text(status)))
        layout.addWidget(self._card(self.tr("Your organisation"), self._org_text(status)))
        if not status.tray_available:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "This desktop has no system tray, so WellCare lives in this window. Closing it only "
                        "minimizes it; use WellCare ▸ Quit to stop."
                    ),
                    role="muted",
                )
            )
        layout.addStretch(1)

    def _privacy_text(self, status: HomeStatus) -> str:
        if status.vault_mode == "keyring":
            how = self.tr("Its key is kept in this computer's secure keyring.")
        else:
            how = self.tr("It opens only with your passphrase.")
        return self.tr("Everything you enter stays in an encrypted vault on this computer.") + " " + how

    def _org_text(self, status: HomeStatus) -> str:
        if not status.org_name:
            return self.tr("Personal mode: no organisation policy is installed, so nothing is shared with anyone.")
        text = self.tr("Policy of %s.") % status.org_name
        if status.coordinator_name:
            text += " " + self.tr("EAP requests can be read only by %s.") % status.coordinator_name
        return text

    @staticmethod
    def _card(title: str, body: str) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(18, 14, 18, 14)
        inner.addWidget(heading(title, scale=1.15))
        text = QLabel(body)
        text.setWordWrap(True)
        inner.addWidget(text)
        return card
