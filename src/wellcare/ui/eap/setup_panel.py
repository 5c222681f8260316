"""First use of coordinator mode: the panel that makes the keys and names the exchange folder."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wellcare.inbox.keys_store import CoordinatorSetup
from wellcare.policy import PolicyError
from wellcare.ui.eap.inbox_model import InboxModel
from wellcare.ui.eap.widgets import plain
from wellcare.ui.file_dialogs import existing_directory
from wellcare.ui.messages import VaultError


class SetupPanel(QWidget):
    """First use of coordinator mode: keys, the exchange folder and the policy file for IT."""

    def __init__(self, model: InboxModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(
            plain(
                self.tr(
                    "Before counselors can send requests, this profile needs its keys, and IT needs a policy file "
                    "that carries the public half of them. The private keys never leave this profile's vault."
                )
            )
        )
        form = QFormLayout()
        self.org = QLineEdit()
        self.org.setAccessibleName(self.tr("Organisation"))
        form.addRow(self.tr("Organisation"), self.org)
        self.name = QLineEdit(self.tr("EAP office"))
        self.name.setAccessibleName(self.tr("Shown to counselors as"))
        form.addRow(self.tr("Shown to counselors as"), self.name)
        folder_row = QHBoxLayout()
        self.exchange = QLineEdit()
        self.exchange.setAccessibleName(self.tr("Exchange folder"))
        self.exchange.setPlaceholderText(self.tr("a shared folder, e.g. a network share"))
        folder_row.addWidget(self.exchange, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Exchange folder"), folder_row)
        self.counselor_exchange = QLineEdit()
        self.counselor_exchange.setAccessibleName(self.tr("Folder as counselors reach it"))
        self.counselor_exchange.setPlaceholderText(self.tr("only if different, e.g. \\\\server\\wellcare"))
        form.addRow(self.tr("Folder as counselors reach it"), self.counselor_exchange)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("EAP phone"))
        form.addRow(self.tr("EAP phone"), self.phone)
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("EAP e-mail"))
        form.addRow(self.tr("EAP e-mail"), self.email)
        layout.addLayout(form)
        self.problem = plain("", role="warning")
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        self.create_button = QPushButton(self.tr("Create keys and policy file"))
        self.create_button.setProperty("primary", True)
        self.create_button.clicked.connect(self.create)
        row.addWidget(self.create_button)
        layout.addLayout(row)

    def _browse(self) -> None:
        folder = existing_directory(self, self.tr("Exchange folder"), self.exchange.text().strip())
        if folder:
            self.exchange.setText(folder)

    def create(self) -> None:
        org, exchange = self.org.text().strip(), self.exchange.text().strip()
        if not org or not exchange:
            self.problem.setText(self.tr("Give the organisation's name and the exchange folder."))
            return
        setup = CoordinatorSetup(
            org=org,
            exchange=exchange,
            name=self.name.text().strip() or self.tr("EAP office"),
            counselor_exchange=self.counselor_exchange.text().strip(),
            eap_phone=self.phone.text().strip(),
            eap_email=self.email.text().strip(),
        )
        try:
            self._model.set_up(setup)
        except (OSError, ValueError, VaultError, PolicyError) as exc:
            self.problem.setText(self.tr("The set-up did not finish: %s") % exc)
