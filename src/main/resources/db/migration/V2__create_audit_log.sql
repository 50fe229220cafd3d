-- Append-only: the application only inserts and reads (AuditLog is immutable, its repository has no update or delete).
CREATE TABLE audit_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    waktu        TIMESTAMP(6)  NOT NULL,
    username     VARCHAR(60)   NOT NULL,
    kecamatan_id BIGINT,
    aksi         VARCHAR(60)   NOT NULL,
    jenis_data   VARCHAR(60)   NOT NULL,
    id_data      VARCHAR(60),
    nilai_lama   TEXT,
    nilai_baru   TEXT
);
CREATE INDEX ix_audit_kecamatan ON audit_log (kecamatan_id, waktu);
