-- Renstra Perubahan: a period's Renstra has versions. 0 is the original; each Renstra Perubahan is a new row (and new
-- nomenklatur rows) with the next number, the older versions kept as they were. Exactly one version of a period is in
-- force (berlaku); a Renja keeps pointing at the version it was built on. dasar is why the perubahan was made (typed at
-- confirm), dibuat_pada/dibuat_oleh when and by whom a version was stored.
ALTER TABLE renstra ADD COLUMN perubahan_ke INT NOT NULL DEFAULT 0;
ALTER TABLE renstra ADD COLUMN berlaku BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE renstra ADD COLUMN dasar VARCHAR(1000) NULL;
ALTER TABLE renstra ADD COLUMN dibuat_pada TIMESTAMP(6) NULL;
ALTER TABLE renstra ADD COLUMN dibuat_oleh VARCHAR(100) NULL;
-- the new key first: MariaDB's fk_renstra_kecamatan needs an index starting with kecamatan_id, and this one serves
ALTER TABLE renstra ADD CONSTRAINT uk_renstra_versi UNIQUE (kecamatan_id, tahun_awal, perubahan_ke);
ALTER TABLE renstra DROP CONSTRAINT uk_renstra_periode;
