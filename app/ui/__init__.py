"""The PySide6 desktop front end. Only this package imports Qt."""

import sys

if sys.version_info < (3, 12):
    # PySide6 6.12.0 on Python 3.11 hands back None (from void methods: setText,
    # clear...) and, on some paths, True or False without a new reference: their
    # counts fall until CPython aborts ("none_dealloc", "bool_dealloc"), minutes into a
    # scanning session. Python 3.12 makes these singletons immortal (PEP 683); here
    # their counts are raised once, far out of reach.
    import ctypes

    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
