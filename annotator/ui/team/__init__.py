"""Several annotators: the agreement view and the adjudication view.

May import: common; services and domain.
"""
