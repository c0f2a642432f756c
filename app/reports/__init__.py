"""Printed sheets (PDF), QR labels and Excel exchange. No Qt here: the desktop app and
the command line call these alike."""
