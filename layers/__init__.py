"""Data and analysis for the geoportal: plain Python, no Dash."""
