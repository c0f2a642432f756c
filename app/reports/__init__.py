"""Printed record books and sheets (PDF) and Excel exchange."""
