-- The folder a document's file was moved to, so that an instance only watches files in its own processed/ folder.
alter table document add column final_dir varchar(2048);
create index document_final_dir on document (final_dir) where final_dir is not null;
