-- The second database (the first, ingest, is POSTGRES_DB).
CREATE DATABASE analysis;
