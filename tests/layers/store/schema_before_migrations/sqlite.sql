-- The schema as open_database created it on sqlite before migrations (commit a550831),
-- from SQLAlchemy's CREATE TABLE of layers/store/schema.py then: frozen, never edit.

CREATE TABLE presentations (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	created TEXT NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (name)
);

CREATE TABLE saved_areas (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('delimitation', 'zone')),
	members TEXT NOT NULL,
	geometry TEXT NOT NULL,
	params TEXT NOT NULL,
	created TEXT NOT NULL,
	internal INTEGER DEFAULT '0' NOT NULL CHECK (internal IN (0, 1)),
	PRIMARY KEY (id),
	UNIQUE (name)
);

CREATE TABLE saved_views (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	description TEXT DEFAULT '' NOT NULL,
	author TEXT DEFAULT '' NOT NULL,
	"query" TEXT NOT NULL,
	internal INTEGER DEFAULT '0' NOT NULL CHECK (internal IN (0, 1)),
	created TEXT NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (name)
);

CREATE TABLE user_indicator_revision (
	id INTEGER NOT NULL CHECK (id = 1),
	revision INTEGER NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE user_indicator_values (
	indicator INTEGER NOT NULL,
	teryt TEXT NOT NULL CHECK (length(teryt) = 7),
	year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
	value FLOAT NOT NULL,
	PRIMARY KEY (indicator, teryt, year)
);

CREATE TABLE user_indicators (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	name_pl TEXT NOT NULL CHECK (length(name_pl) BETWEEN 1 AND 200),
	name_en TEXT NOT NULL,
	unit TEXT NOT NULL,
	source TEXT NOT NULL,
	definition TEXT NOT NULL,
	polarity TEXT NOT NULL CHECK (polarity IN ('higher_better', 'higher_worse', 'neutral')),
	aggregation TEXT NOT NULL CHECK (aggregation IN ('sum', 'population_weighted_mean')),
	decimals INTEGER NOT NULL,
	author TEXT NOT NULL,
	created TEXT NOT NULL,
	updated TEXT NOT NULL,
	internal INTEGER DEFAULT '0' NOT NULL CHECK (internal IN (0, 1))
);

CREATE TABLE users (
	username TEXT NOT NULL,
	role TEXT NOT NULL CHECK (role IN ('official', 'admin')),
	password_hash TEXT NOT NULL,
	created TEXT NOT NULL,
	PRIMARY KEY (username)
);

CREATE TABLE api_tokens (
	token_hash TEXT NOT NULL,
	owner TEXT NOT NULL,
	label TEXT NOT NULL,
	created TEXT NOT NULL,
	PRIMARY KEY (token_hash),
	FOREIGN KEY(owner) REFERENCES users (username) ON DELETE CASCADE
);

CREATE TABLE presentation_slides (
	presentation_id INTEGER NOT NULL,
	position INTEGER NOT NULL,
	view_id INTEGER NOT NULL,
	PRIMARY KEY (presentation_id, position),
	FOREIGN KEY(presentation_id) REFERENCES presentations (id) ON DELETE CASCADE,
	FOREIGN KEY(view_id) REFERENCES saved_views (id) ON DELETE CASCADE
);

