-- E-mail notifications. langganan_surel: a user's address and how they want to hear (SEGERA each notification,
-- HARIAN one summary at 07.00, TIDAK none), with the kecamatan they work in so a notification finds its readers
-- without reading every account. surel_keluar: every e-mail once (kunci is unique: a notification to a reader, or a
-- reader's summary of a day), sent after the step committed and retried until sent — never twice.
CREATE TABLE langganan_surel (
    username     VARCHAR(60)  NOT NULL PRIMARY KEY,
    kecamatan_id BIGINT       NOT NULL,
    email        VARCHAR(254) NOT NULL,
    cara         VARCHAR(10)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_langganan_surel_kecamatan ON langganan_surel (kecamatan_id, cara);

CREATE TABLE surel_keluar (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kunci        VARCHAR(150)  NOT NULL,
    username     VARCHAR(60)   NOT NULL,
    alamat       VARCHAR(254)  NOT NULL,
    judul        VARCHAR(300)  NOT NULL,
    teks         TEXT          NOT NULL,
    html         TEXT          NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    percobaan    INT           NOT NULL DEFAULT 0,
    dibuat_pada  TIMESTAMP(6)  NOT NULL,
    dikirim_pada TIMESTAMP(6)  NULL,
    galat        VARCHAR(1000),
    CONSTRAINT uk_surel_keluar_kunci UNIQUE (kunci)
);
CREATE INDEX ix_surel_keluar_status ON surel_keluar (status, percobaan);
