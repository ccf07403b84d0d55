"""Several annotators on one collection: agreement figures, the adjudicated layer, progress.

May import: annotating, formats, storage, domain.
"""
