"""The Flask level: settings, sessions, data access, cache, database, API, health, jobs, CLI."""
