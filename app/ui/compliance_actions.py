"""The compliance review's Print and Excel menu entries (and the page's own buttons):
the level and the "only missing" choice come from the compliance page when there is
one. Work runs off the UI thread through the menus' own runner."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication


def _page_state(actions: Any) -> tuple[str | None, bool]:
    page = getattr(actions.pages, "compliance_page", None)
    if page is None:
        return None, True
    return page.review_level(), page.only_missing.isChecked()


def print_compliance(actions: Any) -> None:
    from app.reports.pdf.compliance_sheet import compliance_sheet

    level, only_missing = _page_state(actions)
    actions._pdf(
        QCoreApplication.translate("ComplianceActions", "Compliance review"),
        f"ra-soat-phong-bo-mon-thiet-bi-{date.today():%Y%m%d}.pdf",
        lambda out, progress: compliance_sheet(
            actions.reg, out, level=level, only_missing=only_missing, progress=progress
        ),
    )


def export_compliance(actions: Any) -> None:
    from app.reports.excel_compliance import export_compliance as export

    level, _only = _page_state(actions)
    actions._xlsx(
        QCoreApplication.translate("ComplianceActions", "Export the compliance review"),
        f"ra-soat-phong-bo-mon-thiet-bi-{date.today():%Y%m%d}.xlsx",
        lambda out, _progress: export(actions.reg, out, level=level),
    )


def import_catalogue(actions: Any) -> None:
    from app.ui.catalogue_import_dialog import CatalogueImportDialog

    level, _only = _page_state(actions)
    if level is None:
        from app.services.compliance import review_levels

        levels = review_levels(str(actions.reg.school().level))
        level = levels[0] if levels else None
    dialog = CatalogueImportDialog(actions.reg, level, actions.window)
    dialog.imported.connect(lambda lvl: actions.pages.hub.changed.emit("catalogue", [lvl]))
    dialog.exec()


def connect(actions: Any) -> None:
    """The compliance page's Print and Excel buttons do what the menu entries do."""
    page = getattr(actions.pages, "compliance_page", None)
    if page is not None:
        page.print_requested.connect(lambda: print_compliance(actions))
        page.excel_requested.connect(lambda: export_compliance(actions))
