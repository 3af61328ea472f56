"""Ingest: the data build from ``../shared/geodata``, GUS BDL, commuting matrices, uploads."""
