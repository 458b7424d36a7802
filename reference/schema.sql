-- schema.sql -- the reference database, schema version 1 (stage: reference/).
--
-- The one source of truth for the tables: reference/module.mk turns this file
-- into a C string (schema.inc) that migrate.c runs as migration 1. Later
-- changes go into migrate.c as further ordered migrations keyed by
-- PRAGMA user_version; never edit a released migration in place.
-- Every row carries a source; CSV imports fill these tables (import.c).

-- Official figures: one row per indicator x geography x period.
CREATE TABLE figures (
	id INTEGER PRIMARY KEY,
	indicator TEXT NOT NULL,
	keywords TEXT NOT NULL DEFAULT '',   -- aliases, ';'-separated
	geography TEXT NOT NULL,
	period TEXT NOT NULL,                -- 2024, 2024-03, 2024-Q1, 2024-03-31, 2023/24
	period_start TEXT NOT NULL,          -- YYYY-MM-DD, derived from period
	period_end TEXT NOT NULL,
	value REAL NOT NULL,
	unit TEXT NOT NULL,                  -- percent, count, GBP, USD, people, ...
	precision REAL,                      -- half-width: CI or rounding half-unit
	source TEXT NOT NULL,
	publisher TEXT,
	url TEXT,
	released TEXT,                       -- publication date YYYY-MM-DD
	retrieved TEXT,
	notes TEXT
);
CREATE INDEX figures_ind ON figures(indicator, geography, period_end);

-- Distinct indicator names with their merged keywords (what FTS matches).
CREATE TABLE indicators (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	keywords TEXT NOT NULL DEFAULT ''
);

CREATE TABLE populations (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	aliases TEXT NOT NULL DEFAULT '',    -- ';'-separated
	size REAL,                           -- N, for finite population corrections
	parent TEXT,                         -- name of the population this is part of
	parent_id INTEGER REFERENCES populations(id),
	geography TEXT,
	source TEXT NOT NULL,
	url TEXT,
	retrieved TEXT,
	notes TEXT
);

-- Organisations: pollsters and the bodies that commission surveys.
CREATE TABLE pollsters (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	aliases TEXT NOT NULL DEFAULT '',
	type TEXT NOT NULL,                  -- pollster, company, trade body, campaign, charity,
	                                     -- party, union, pr agency, public body, university, news
	bpc_member INTEGER,                  -- 1, 0, NULL unknown
	aapor_ti INTEGER,
	interests TEXT,                      -- keywords, ';'-separated
	methods TEXT,                        -- usual methods
	country TEXT,
	source TEXT NOT NULL,
	url TEXT,
	retrieved TEXT,
	notes TEXT
);

CREATE TABLE surveys (
	id INTEGER PRIMARY KEY,
	title TEXT NOT NULL UNIQUE,
	commissioner TEXT,
	commissioner_type TEXT,
	interests TEXT,
	fieldwork_org TEXT,
	fieldwork_start TEXT,
	fieldwork_end TEXT,
	n REAL,
	population TEXT,                     -- populations.name
	population_id INTEGER REFERENCES populations(id),
	mode TEXT,
	selection TEXT,
	probability_sample INTEGER,
	weighted INTEGER,
	deff REAL,
	question TEXT,                       -- wording, or a link to it
	pollster TEXT,                       -- pollsters.name
	pollster_id INTEGER REFERENCES pollsters(id),
	keywords TEXT,
	source TEXT NOT NULL,
	url TEXT,
	published TEXT,
	retrieved TEXT,
	notes TEXT
);

CREATE TABLE survey_results (
	id INTEGER PRIMARY KEY,
	survey_id INTEGER NOT NULL REFERENCES surveys(id),
	question TEXT NOT NULL,
	answer TEXT NOT NULL,
	share REAL NOT NULL,                 -- 0..1
	base_n REAL,
	single_choice INTEGER,
	source TEXT NOT NULL,
	notes TEXT
);
CREATE INDEX survey_results_survey ON survey_results(survey_id);

-- The extractor's lexicon (extract/lexicon/*.tsv), one row per line.
CREATE TABLE lexicon (
	id INTEGER PRIMARY KEY,
	file TEXT NOT NULL,
	line INTEGER NOT NULL,
	word TEXT NOT NULL,                  -- first column
	kind TEXT,                           -- second column
	value TEXT,                          -- third column
	rest TEXT,                           -- further columns, tab-separated
	text TEXT NOT NULL                   -- the line as written
);

-- Full-text search (external content, kept in step by triggers).
CREATE VIRTUAL TABLE indicators_fts USING fts5(name, keywords,
	content='indicators', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER indicators_ai AFTER INSERT ON indicators BEGIN
	INSERT INTO indicators_fts(rowid, name, keywords) VALUES (new.id, new.name, new.keywords);
END;
CREATE TRIGGER indicators_ad AFTER DELETE ON indicators BEGIN
	INSERT INTO indicators_fts(indicators_fts, rowid, name, keywords) VALUES ('delete', old.id, old.name, old.keywords);
END;
CREATE TRIGGER indicators_au AFTER UPDATE ON indicators BEGIN
	INSERT INTO indicators_fts(indicators_fts, rowid, name, keywords) VALUES ('delete', old.id, old.name, old.keywords);
	INSERT INTO indicators_fts(rowid, name, keywords) VALUES (new.id, new.name, new.keywords);
END;

CREATE VIRTUAL TABLE populations_fts USING fts5(name, aliases,
	content='populations', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER populations_ai AFTER INSERT ON populations BEGIN
	INSERT INTO populations_fts(rowid, name, aliases) VALUES (new.id, new.name, new.aliases);
END;
CREATE TRIGGER populations_ad AFTER DELETE ON populations BEGIN
	INSERT INTO populations_fts(populations_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases);
END;
CREATE TRIGGER populations_au AFTER UPDATE OF name, aliases ON populations BEGIN
	INSERT INTO populations_fts(populations_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases);
	INSERT INTO populations_fts(rowid, name, aliases) VALUES (new.id, new.name, new.aliases);
END;

CREATE VIRTUAL TABLE pollsters_fts USING fts5(name, aliases, interests,
	content='pollsters', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER pollsters_ai AFTER INSERT ON pollsters BEGIN
	INSERT INTO pollsters_fts(rowid, name, aliases, interests) VALUES (new.id, new.name, new.aliases, new.interests);
END;
CREATE TRIGGER pollsters_ad AFTER DELETE ON pollsters BEGIN
	INSERT INTO pollsters_fts(pollsters_fts, rowid, name, aliases, interests) VALUES ('delete', old.id, old.name, old.aliases, old.interests);
END;

CREATE VIRTUAL TABLE surveys_fts USING fts5(title, commissioner, population, keywords,
	content='surveys', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER surveys_ai AFTER INSERT ON surveys BEGIN
	INSERT INTO surveys_fts(rowid, title, commissioner, population, keywords)
		VALUES (new.id, new.title, new.commissioner, new.population, new.keywords);
END;
CREATE TRIGGER surveys_ad AFTER DELETE ON surveys BEGIN
	INSERT INTO surveys_fts(surveys_fts, rowid, title, commissioner, population, keywords)
		VALUES ('delete', old.id, old.title, old.commissioner, old.population, old.keywords);
END;
