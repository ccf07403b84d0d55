"""File › Open Team Database…: where the team's PostgreSQL database is, as fields or a URL.

The address never holds a password: one pasted with it is taken out, used for this connection
only and never shown or stored.
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote, unquote, urlsplit

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.common.accessibility import describe_buttons

SSL_MODES = ("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")
SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def team_url(host: str, port: str, database: str, user: str, sslmode: str = "") -> str:
    """``postgresql://user@host:port/database?sslmode=…``, the parts left empty left out."""
    host = host.strip() or "localhost"
    who = f"{quote(user.strip(), safe='')}@" if user.strip() else ""
    at = f":{port.strip()}" if port.strip() else ""
    query = f"?sslmode={sslmode}" if sslmode else ""
    return f"postgresql://{who}{host}{at}/{quote(database.strip(), safe='')}{query}"


def split_team_url(url: str) -> tuple[dict[str, str], str | None] | None:
    """The fields of a team URL and the password it held (None when it held none); None
    when it is no PostgreSQL URL at all."""
    text = url.strip()
    if not text.lower().startswith(SCHEMES):
        return None
    try:
        parts = urlsplit(text)
        port = str(parts.port) if parts.port else ""
    except ValueError:
        return None
    modes = parse_qs(parts.query).get("sslmode", [""])
    fields = {
        "host": parts.hostname or "",
        "port": port,
        "database": unquote(parts.path.lstrip("/")),
        "user": unquote(parts.username or ""),
        "sslmode": modes[0] if modes[0] in SSL_MODES else "",
    }
    password = unquote(parts.password) if parts.password is not None else None
    return fields, password


# Examples in the fields, not prose: the same in every language.
EXAMPLE_ADDRESS = "postgresql://user@host:5432/collection"
DEFAULT_HOST = "localhost"


class TeamDatabaseDialog(QDialog):
    def __init__(self, initial: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDatabaseDialog")
        self.setWindowTitle(self.tr("Open Team Database"))
        self.password: str | None = None  # only from a pasted URL; never shown
        self.address = QLineEdit()
        self.address.setObjectName("teamAddress")
        self.address.setPlaceholderText(EXAMPLE_ADDRESS)
        self.host = QLineEdit()
        self.host.setPlaceholderText(DEFAULT_HOST)
        self.port = QLineEdit()
        self.port.setValidator(QIntValidator(1, 65535, self))
        self.port.setPlaceholderText("5432")
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("your login name"))
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(mode or self.tr("(libpq's default)"), mode)
        self.note = QLabel(
            self.tr(
                "The password is not part of the address: it comes from PGPASSWORD, "
                "~/.pgpass or a service file, or you are asked for it."
            )
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("teamNote")

        form = QFormLayout()
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Host"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&SSL mode"), self.sslmode)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.database.setAccessibleDescription(self.tr("The name of the team's database"))
        self.sslmode.setAccessibleName(self.tr("SSL mode"))
        self.sslmode.setAccessibleDescription(
            self.tr("Whether the connection must be encrypted; libpq's default tries it first")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        describe_buttons(self)

        self._syncing = False
        self.address.textEdited.connect(self._address_edited)
        for field in (self.host, self.port, self.database, self.user):
            field.textEdited.connect(lambda _text: self._fields_edited())
        self.sslmode.currentIndexChanged.connect(lambda _index: self._fields_edited())
        if initial:
            self.address.setText(initial)
            self._address_edited(initial)
        self._update_button()
        self.setMinimumWidth(520)

    def location(self) -> str:
        """The URL to open, without any password."""
        return team_url(
            self.host.text(),
            self.port.text(),
            self.database.text(),
            self.user.text(),
            str(self.sslmode.currentData() or ""),
        )

    def _address_edited(self, text: str) -> None:
        split = split_team_url(text)
        if split is None:
            self._update_button()
            return
        fields, password = split
        self._syncing = True
        try:
            for name in ("host", "port", "database", "user"):
                getattr(self, name).setText(fields[name])
            self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(fields["sslmode"])))
        finally:
            self._syncing = False
        if password is not None:
            # Out of the address at once: not on screen, not in the recent list.
            self.password = password
            self.address.setText(self.location())
            self.note.setText(
                self.tr(
                    "The password was taken out of the address: it is used for this "
                    "connection only and never stored."
                )
            )
        self._update_button()

    def _fields_edited(self) -> None:
        if self._syncing:
            return
        self.address.setText(self.location())
        self.address.setCursorPosition(0)
        self._update_button()

    def _update_button(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(
            bool(self.database.text().strip())
        )
