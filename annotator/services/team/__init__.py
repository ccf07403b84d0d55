"""Team mode: taking articles offline from a team database and bringing the work back.

May import: importing, formats, clock, storage, domain.
"""
