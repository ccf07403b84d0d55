"""Related claims: similar claims across articles, groups of the same claim.

May import: annotating, storage, domain.
"""
