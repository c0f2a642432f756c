"""The official sheets as PDF (Decree 30/2020 layout): the register book, the
inventory minutes, the maintenance log and a room's profile."""

from app.reports.pdf.inventory import count_minutes, inventory_sheet
from app.reports.pdf.maintenance import maintenance_log
from app.reports.pdf.register_book import register_book
from app.reports.pdf.room_profile import room_profile

__all__ = ["count_minutes", "inventory_sheet", "maintenance_log", "register_book", "room_profile"]
