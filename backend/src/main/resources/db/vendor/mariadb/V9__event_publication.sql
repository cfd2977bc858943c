-- Spring Modulith's event publication registry (its JDBC schema v2): an event committed with its
-- order stays here until each listener completed it, and is resubmitted at the next start when
-- the application stopped first. The id is a UUID as text (MySQL has no UUID type); DATETIME
-- rather than TIMESTAMP, which MySQL converts through the session's time zone and ends in 2038.
-- The event as JSON is MEDIUMTEXT: Modulith's own VARCHAR(4000) can't hold the OrderPlaced of a
-- full cart (100 lines). The table name is upper case: the registry writes it so, and MySQL's
-- names are case-sensitive on Linux.
CREATE TABLE EVENT_PUBLICATION (
    id                      VARCHAR(36)   NOT NULL,
    listener_id             VARCHAR(512)  NOT NULL,
    event_type              VARCHAR(512)  NOT NULL,
    serialized_event        MEDIUMTEXT    NOT NULL,
    publication_date        DATETIME(6)   NOT NULL,
    completion_date         DATETIME(6),
    status                  VARCHAR(20),
    completion_attempts     INT,
    last_resubmission_date  DATETIME(6),
    PRIMARY KEY (id)
);
CREATE INDEX ix_event_publication_completion ON EVENT_PUBLICATION (completion_date);
