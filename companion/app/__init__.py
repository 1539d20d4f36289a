"""The composition root: process start-up, single instance, wiring journeys to services."""

from companion.app.source_lines import keep_no_source_lines

keep_no_source_lines()  # before the app's own imports, which would otherwise be kept as text
