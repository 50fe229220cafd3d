package id.sipeka.dokumen;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AlamatAplikasi;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issuing a final document, the steps behind {@link DokumenService#terbitkan}: the signer's checks, the nomor
 * naskah, rendering, signing by the kecamatan's provider, the whole-file verification, then storing, registering,
 * auditing and announcing it. Not transactional itself: it runs in the issuing service call's transaction, so a
 * failure anywhere leaves nothing behind; the service has checked that the caller may read the kecamatan.
 */
@Component
class PenerbitanDokumen {

    private final Akses akses;
    private final AuditService audit;
    private final OrganisasiService organisasi;
    private final ArsipRepository repository;
    private final PenyimpananBerkas penyimpanan;
    private final ApplicationEventPublisher kabar;
    private final AlamatAplikasi alamat;
    private final RegisterNomor register;
    private final Clock clock;
    private final PilihanPenyedia penyedia;
    private final CapWaktu capWaktu;
    private final PemeriksaPenandatangan penandatangan;

    PenerbitanDokumen(Akses akses, AuditService audit, OrganisasiService organisasi, ArsipRepository repository,
            PenyimpananBerkas penyimpanan, ApplicationEventPublisher kabar, AlamatAplikasi alamat,
            RegisterNomor register, Clock clock, PilihanPenyedia penyedia, CapWaktu capWaktu,
            PemeriksaPenandatangan penandatangan) {
        this.akses = akses;
        this.audit = audit;
        this.organisasi = organisasi;
        this.repository = repository;
        this.penyimpanan = penyimpanan;
        this.kabar = kabar;
        this.alamat = alamat;
        this.register = register;
        this.clock = clock;
        this.penyedia = penyedia;
        this.capWaktu = capWaktu;
        this.penandatangan = penandatangan;
    }

    ArsipDokumen terbitkan(Dokumen dokumen) {
        Metadata m = dokumen.metadata();
        if (dokumen.draf()) {
            throw new AturanDilanggarException(Pesan.get("dokumen.drafTidakDitandatangani"));
        }
        List<TandaTangan> blok = dokumen.tandaTangan();
        if (blok.size() != 1) {
            throw new AturanDilanggarException(Pesan.get("dokumen.satuPenandatangan"));
        }
        TandaTangan penanda = blok.getFirst();
        penandatangan.wajib(m.kecamatanId(), penanda);

        PenyediaTandaTangan olehSiapa = penyedia.untukKecamatan(m.kecamatanId());
        KredensialTandaTangan kredensial = olehSiapa.perluKredensial() ? KredensialBerjalan.saatIni() : null;
        String nik = penandatangan.nik(m.kecamatanId());
        // Checked first (the key is ready, the NIK is known at BSrE…): a refusal costs no rendering.
        olehSiapa.sebelumRender(penanda, m.instansi(), nik, kredensial);
        String kode = UUID.randomUUID().toString();
        Instant waktu = clock.instant();
        // The nomor naskah is taken before rendering, to be printed; it belongs to this step (given back on rollback).
        RegisterNomor.Nomor nomor = register.ambil(m.kecamatanId(), organisasi.kecamatan(m.kecamatanId()).kode(),
                m.jenis(), waktu);
        byte[] pdf = PdfDokumen.tulis(dokumen, new Pengesahan(kode, alamat.alamat() + "/verifikasi/" + kode, nomor.nomor()));
        String alasan = m.tahap() + " " + m.jenis() + " " + m.tahun();
        byte[] ditandatangani = olehSiapa.tandatangani(new PenyediaTandaTangan.Permintaan(pdf, penanda, m.instansi(), nik,
                alasan, waktu, kredensial));
        if (capWaktu.aktif()) {
            ditandatangani = capWaktu.tambahkan(ditandatangani);
        }
        // Whoever signed: nothing is archived that does not verify as a whole (a service answering junk, a time-stamp
        // over other bytes). Only now is the file written, so every refusal above leaves no file behind.
        TandaTanganPdf.Hasil hasil = TandaTanganPdf.periksa(ditandatangani);
        if (!hasil.sah()) {
            throw new AturanDilanggarException(Pesan.get("dokumen.hasilTidakSah"));
        }
        String sha256 = PenyimpananBerkas.sha256(ditandatangani);
        String berkas = penyimpanan.simpan(m.kecamatanId(), kode, ditandatangani);
        List<Tabel> tabel = dokumen.tabel();
        Arsip arsip = repository.save(new Arsip(kode, m, dokumen.judul(), sha256, ditandatangani.length, berkas, penanda,
                hasil.sertifikatSha256(), waktu, akses.pengguna().getUsername(), !tabel.isEmpty(), nomor.nomor(),
                olehSiapa.nama(), hasil.penerbit(), hasil.waktuTsa()));
        register.catat(m.kecamatanId(), nomor, dokumen.judul(), m.jenis(), kode, waktu);
        audit.catat(m.kecamatanId(), "TANDA_TANGAN", "Dokumen", kode, null,
                dokumen.judul() + " | nomor " + nomor.nomor() + " | " + m.tahap() + " | versi " + m.versi() + " | "
                        + penanda.jabatanTertulis() + " " + penanda.nama() + " | SHA-256 " + sha256 + " | " + olehSiapa.nama());
        // The XLSX copy of the tables is built after the step commits (TabelDokumen); nothing is sent if it rolls back.
        kabar.publishEvent(new DokumenDiterbitkan(kode, m.kecamatanId(), m.tahun(), dokumen.judul(),
                arsip.info().namaBerkas().replaceAll("\\.pdf$", "") + "-tabel.xlsx", tabel, akses.pengguna().getUsername(),
                waktu));
        return arsip.info();
    }
}
