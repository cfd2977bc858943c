-- Spring Modulith's event publication registry (its JDBC schema v2), as on MySQL and MariaDB
-- (db/vendor/mysql), except the id: on H2 the registry reads and writes it as a native UUID;
-- the event as JSON is a CLOB, as large as MySQL's MEDIUMTEXT.
CREATE TABLE event_publication (
    id                      UUID          NOT NULL,
    listener_id             VARCHAR(512)  NOT NULL,
    event_type              VARCHAR(512)  NOT NULL,
    serialized_event        CHARACTER LARGE OBJECT NOT NULL,
    publication_date        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    completion_date         TIMESTAMP(6) WITH TIME ZONE,
    status                  VARCHAR(20),
    completion_attempts     INT,
    last_resubmission_date  TIMESTAMP(6) WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
