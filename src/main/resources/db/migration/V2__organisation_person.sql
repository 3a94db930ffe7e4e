-- The people the organisation file has declared, so that the synchronisation knows whom it manages in Camunda's
-- identity and can tell when someone has left (their claimed tasks go back to their group).
CREATE TABLE organisation_person (
    municipality_id VARCHAR(64)  NOT NULL,
    person_id       VARCHAR(64)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    email           VARCHAR(255),
    active          BOOLEAN      NOT NULL,
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_organisation_person PRIMARY KEY (municipality_id, person_id)
);
