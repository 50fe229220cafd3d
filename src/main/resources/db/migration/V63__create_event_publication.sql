-- Spring Modulith's event publication registry (the "v2" table of spring-modulith-events-jdbc 2.1), created here
-- because Flyway owns the schema (spring.modulith.events.jdbc.schema-initialization.enabled=false). An event
-- published inside a committed step is a row here until its @ApplicationModuleListener completes; rows still
-- incomplete are handed to their listeners again when the application starts. The table name is upper case: the
-- registry writes it so, and MariaDB on Linux compares table names case-sensitively. UUID: H2's registry reads
-- the id as a UUID, MariaDB's as text (MariaDB 10.7+ has the type). SERIALIZED_EVENT is LONGTEXT instead of the
-- registry's VARCHAR(4000): a signed document's event carries its tables (for the XLSX copy).
CREATE TABLE EVENT_PUBLICATION (
    ID                     UUID          NOT NULL,
    LISTENER_ID            VARCHAR(512)  NOT NULL,
    EVENT_TYPE             VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT       LONGTEXT      NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6)  NULL,
    STATUS                 VARCHAR(20),
    COMPLETION_ATTEMPTS    INT,
    LAST_RESUBMISSION_DATE TIMESTAMP(6)  NULL,
    PRIMARY KEY (ID)
);
CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
CREATE INDEX EVENT_PUBLICATION_BY_STATUS_IDX ON EVENT_PUBLICATION (STATUS);

-- Whether a signed document has tables, i.e. an XLSX copy is built after its signing commits: the yearly ZIP says
-- when a copy is not there yet. Documents signed before this were given their copy in the signing step.
ALTER TABLE dokumen_arsip ADD COLUMN tabel_xlsx BOOLEAN DEFAULT FALSE NOT NULL;

-- One XLSX copy per signed document, also when an event is delivered twice (republished at a restart while a first
-- delivery was still running). Uploaded evidence has no arsip_kode: NULLs do not collide.
CREATE UNIQUE INDEX uk_dokumen_lampiran_arsip ON dokumen_lampiran (arsip_kode);
