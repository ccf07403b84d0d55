"""Ukrainian, Russian and English side by side: names across scripts and case forms, languages.

May import: the standard library only; pure functions, no dictionaries to load.
"""
