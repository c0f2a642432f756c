"""The PySide6 desktop front end. Only this package imports Qt."""

import sys

if sys.version_info < (3, 12):
    # PySide6 6.12.0 hands back None from void methods (setText, clear...) without a
    # new reference on Python 3.11: None's count falls by one a call until CPython
    # aborts ("none_dealloc"), minutes into a scanning session. Python 3.12 makes None
    # immortal (PEP 683); here its count is raised once, far out of reach.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
