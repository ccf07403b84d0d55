"""Words and names across languages: folding, name matching across scripts and case forms.

May import: the standard library and the domain's models; pure functions, no dictionaries.
"""
