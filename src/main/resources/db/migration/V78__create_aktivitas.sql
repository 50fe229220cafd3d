-- Issue 13 item 3: "Aktivitas", an optional 4th level under a sub kegiatan, switched on per kabupaten, and the
-- lokasi of a Renstra sub kegiatan (the default lokasi of its Renja row).
ALTER TABLE kabupaten ADD COLUMN pakai_aktivitas BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE nomenklatur ADD COLUMN lokasi VARCHAR(200);

-- The Aktivitas of a Renstra sub kegiatan; their pagu per year add up to the sub kegiatan's pagu.
CREATE TABLE renstra_aktivitas (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomenklatur_id BIGINT        NOT NULL,
    kode           VARCHAR(30)   NOT NULL,
    nama           VARCHAR(500)  NOT NULL,
    volume         DECIMAL(19,4),
    satuan         VARCHAR(60),
    prioritas      VARCHAR(10),
    lokasi         VARCHAR(200),
    urutan         INT           NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_renstra_aktivitas UNIQUE (nomenklatur_id, kode),
    CONSTRAINT fk_renstra_aktivitas FOREIGN KEY (nomenklatur_id) REFERENCES nomenklatur (id) ON DELETE CASCADE
);

CREATE TABLE renstra_aktivitas_tahun (
    aktivitas_id BIGINT NOT NULL,
    tahun        INT    NOT NULL,
    pagu         BIGINT NOT NULL,
    CONSTRAINT pk_renstra_aktivitas_tahun PRIMARY KEY (aktivitas_id, tahun),
    CONSTRAINT fk_renstra_aktivitas_tahun FOREIGN KEY (aktivitas_id) REFERENCES renstra_aktivitas (id) ON DELETE CASCADE
);

-- The Aktivitas of a Renja row, copied from the Renstra when the Renja is opened and edited by the row's unit.
CREATE TABLE renja_aktivitas (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_baris_id BIGINT        NOT NULL,
    kode           VARCHAR(30)   NOT NULL,
    nama           VARCHAR(500)  NOT NULL,
    volume         DECIMAL(19,4),
    satuan         VARCHAR(60),
    prioritas      VARCHAR(10),
    pagu           BIGINT,
    lokasi         VARCHAR(200),
    urutan         INT           NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_renja_aktivitas UNIQUE (renja_baris_id, kode),
    CONSTRAINT fk_renja_aktivitas FOREIGN KEY (renja_baris_id) REFERENCES renja_baris (id) ON DELETE CASCADE
);
