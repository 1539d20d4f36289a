"""The journal's file formats (our CSV, our JSON, Sleep as Android): the entry points to use."""

from companion.store.formats.batch import ImportFileError
from companion.store.formats.exporter import FORMATS, Format, export_text, export_to_file
from companion.store.formats.importer import ImportSummary, import_file

__all__ = [
    "FORMATS",
    "Format",
    "ImportFileError",
    "ImportSummary",
    "export_text",
    "export_to_file",
    "import_file",
]
