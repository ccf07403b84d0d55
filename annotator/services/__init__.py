"""Use cases: importing, exporting, statistics, first start. No Qt here."""
