"""The exit codes of every command, one contract (DESIGN: the CLI): scripts test them.

0 everything done; 1 some input refused (or check-in conflicts), the rest done; 2 the call
cannot work (usage, an unusable database, too few examples); 3 a bug, logged.
"""

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_UNUSABLE = 2
EXIT_UNEXPECTED = 3
