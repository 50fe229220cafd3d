-- Read/unread per person: a notification goes to a role (every holder, also a Plt./Plh.), so who has read it is
-- kept beside it, one row per reader.
CREATE TABLE notifikasi_dibaca (
    notifikasi_id BIGINT       NOT NULL,
    username      VARCHAR(100) NOT NULL,
    dibaca_pada   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (notifikasi_id, username),
    CONSTRAINT fk_notifikasi_dibaca FOREIGN KEY (notifikasi_id) REFERENCES notifikasi (id) ON DELETE CASCADE
);
