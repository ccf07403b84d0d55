"""Thumbnails of image evidence, decoded off the UI thread and kept by SHA-256.

Opening a claim shows its evidence list at once; each picture's thumbnail comes when it is
decoded (a worker reads the stored bytes and decodes them scaled: JPEG decodes at the reduced
size directly), so twenty photos do not hold the form back.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

from annotator.domain.errors import AnnotatorError
from annotator.domain.models import EvidenceFile
from annotator.services.evidence import media
from annotator.services.evidence.evidence_service import EvidenceService

THUMBNAIL = QSize(64, 64)
MAX_IMAGE_BYTES = 64 * 1024 * 1024  # a bigger picture is opened with the system's viewer


def decode_image(data: bytes, fit: QSize | None = None) -> QImage:
    """The picture in ``data`` (PNG, JPEG, WebP, GIF …), scaled to fit ``fit`` when given;
    a null image when the bytes are no picture Qt can read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo's EXIF rotation
    if fit is not None and reader.size().isValid():
        reader.setScaledSize(reader.size().scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


class _Signals(QObject):
    decoded = Signal(str, QImage)


class _Decode(QRunnable):
    def __init__(self, service: EvidenceService, sha256: str, signals: _Signals) -> None:
        super().__init__()
        self.service, self.sha256, self.signals = service, sha256, signals

    def run(self) -> None:
        try:
            image = decode_image(self.service.read_all(self.sha256, MAX_IMAGE_BYTES), THUMBNAIL)
        except AnnotatorError:  # not stored here, too large, the database away: no thumbnail
            image = QImage()
        self.signals.decoded.emit(self.sha256, image)


class Thumbnails(QObject):
    """Thumbnails by SHA-256: ``get`` returns one made already, or starts making it and
    ``ready`` says when it is there."""

    ready = Signal(str)

    def __init__(self, service: EvidenceService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.images: dict[str, QImage] = {}
        self._pending: set[str] = set()
        self._signals = _Signals(self)
        self._signals.decoded.connect(self._decoded)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)

    def get(self, file: EvidenceFile) -> QImage | None:
        if media.kind_of(file.media_type) is not media.Kind.IMAGE:
            return None
        if file.sha256 in self.images:
            return self.images[file.sha256]
        if file.sha256 not in self._pending:
            self._pending.add(file.sha256)
            self.pool.start(_Decode(self.service, file.sha256, self._signals))
        return None

    def _decoded(self, sha256: str, image: QImage) -> None:
        self._pending.discard(sha256)
        self.images[sha256] = image
        if not image.isNull():
            self.ready.emit(sha256)

    def wait(self) -> None:
        """Until every thumbnail asked for is made (tests, benchmarks)."""
        self.pool.waitForDone()
