"""Preferences: key/value settings stored with the data (the ``preferences`` table)."""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update

from annotator.storage.repositories.repository_base import Repository, changed_rows
from annotator.storage.rows import PreferenceRow


class PreferenceRepository(Repository):
    def get(self, key: str) -> str | None:
        return self.session.scalar(select(PreferenceRow.value).where(PreferenceRow.key == key))

    def all(self) -> dict[str, str]:
        query = select(PreferenceRow.key, PreferenceRow.value).order_by(PreferenceRow.key)
        return dict(self.session.execute(query).tuples().all())

    def set(self, key: str, value: str) -> None:
        # Update, then insert if nothing was there: portable, unlike each dialect's upsert.
        result = self.session.execute(
            update(PreferenceRow).where(PreferenceRow.key == key).values(value=value)
        )
        if not changed_rows(result):
            self.session.execute(insert(PreferenceRow).values(key=key, value=value))

    def delete(self, key: str) -> None:
        self.session.execute(delete(PreferenceRow).where(PreferenceRow.key == key))
