"""The statistics dialog and its bar chart.

May import: common; services and domain.
"""
