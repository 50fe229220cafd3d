-- Predikat scale of a kabupaten (GUIDE §5): a setting of the kabupaten, used by every kecamatan in it. No row means
-- the Permendagri 86/2017 default. The ranges are [dari, sampai): the lowest has no dari, the highest no sampai;
-- the application refuses a scale with a gap or an overlap before anything is written here.
-- Portable SQL: runs on MariaDB (deployments, tests) and on plain H2 (embedded default).
CREATE TABLE skala_predikat (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kabupaten_id BIGINT       NOT NULL,
    nama         VARCHAR(200) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_skala_predikat_kabupaten UNIQUE (kabupaten_id),
    CONSTRAINT fk_skala_predikat_kabupaten FOREIGN KEY (kabupaten_id) REFERENCES kabupaten (id)
);

-- The ranges of one scale, lowest first (urutan 0, 1, …).
CREATE TABLE skala_predikat_rentang (
    skala_predikat_id BIGINT       NOT NULL,
    urutan            INT          NOT NULL,
    label             VARCHAR(100) NOT NULL,
    dari              DECIMAL(9,2),
    sampai            DECIMAL(9,2),
    CONSTRAINT pk_skala_predikat_rentang PRIMARY KEY (skala_predikat_id, urutan),
    CONSTRAINT fk_skala_predikat_rentang FOREIGN KEY (skala_predikat_id) REFERENCES skala_predikat (id)
);
