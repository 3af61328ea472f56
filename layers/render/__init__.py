"""Rendering: figures, legends, palettes, numbers, static maps, reports, exports, API bodies."""
