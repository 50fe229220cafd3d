-- Certified signatures (BSrE) and time-stamps: the signer's NIK (16 digits, the identity the BSrE Esign Client
-- Service knows a signer by), and per archived document the provider that signed it, the certificate's issuer and
-- the time of the RFC 3161 time-stamp (empty when no TSA is configured). Read at signing, shown on /verifikasi.
ALTER TABLE pegawai ADD COLUMN nik VARCHAR(16) NULL;
ALTER TABLE dokumen_arsip ADD COLUMN penyedia VARCHAR(20) NULL;
ALTER TABLE dokumen_arsip ADD COLUMN penerbit_sertifikat VARCHAR(500) NULL;
ALTER TABLE dokumen_arsip ADD COLUMN waktu_cap_tsa TIMESTAMP(6) NULL;
