package id.sipeka.dokumen;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AlamatAplikasi;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents signed by two officials in order on one PDF (a Perjanjian Kinerja: the unit head as pihak pertama, then
 * the camat as pihak kedua). The first signer's step renders the final PDF once — both blocks, the nomor naskah and
 * the QR code — and signs it; the file waits here. The second signer adds a second signature to the same file (an
 * incremental update, so the first stays valid), and only that file goes to the archive, under the code printed in
 * it. {@link DokumenService#terbitkan} stays the path of every single-signer document. The content module decides
 * who the two officials are and calls these inside its own step.
 */
@Service
public class NaskahBerurutanService {

    private final Akses akses;
    private final AuditService audit;
    private final OrganisasiService organisasi;
    private final NaskahBerurutanRepository repository;
    private final ArsipRepository arsipRepo;
    private final PenyimpananBerkas penyimpanan;
    private final RegisterNomor register;
    private final AlamatAplikasi alamat;
    private final Clock clock;
    private final PilihanPenyedia penyedia;
    private final CapWaktu capWaktu;
    private final PemeriksaPenandatangan penandatangan;
    private final ApplicationEventPublisher kabar;

    NaskahBerurutanService(Akses akses, AuditService audit, OrganisasiService organisasi,
            NaskahBerurutanRepository repository, ArsipRepository arsipRepo, PenyimpananBerkas penyimpanan,
            RegisterNomor register, AlamatAplikasi alamat, Clock clock, PilihanPenyedia penyedia, CapWaktu capWaktu,
            PemeriksaPenandatangan penandatangan, ApplicationEventPublisher kabar) {
        this.akses = akses;
        this.audit = audit;
        this.organisasi = organisasi;
        this.repository = repository;
        this.arsipRepo = arsipRepo;
        this.penyimpanan = penyimpanan;
        this.register = register;
        this.alamat = alamat;
        this.clock = clock;
        this.penyedia = penyedia;
        this.capWaktu = capWaktu;
        this.penandatangan = penandatangan;
        this.kabar = kabar;
    }

    /**
     * The first signature: the document has exactly one {@link TandaTanganBersama}; the signed-in person is its right
     * block (checked as {@link DokumenService#terbitkan} checks its one signer). Rendered once with its nomor naskah
     * and QR code, signed, checked, kept until the countersignature; audited. A credential typed for BSrE is picked up
     * from {@link DokumenService#denganKredensial}.
     *
     * @param subjek the content module's key of what is signed (e.g. "PK:12:7"); one document per subjek
     */
    @Transactional
    public NaskahBerurutanData tandatanganiPertama(Dokumen dokumen, String subjek) {
        Metadata m = dokumen.metadata();
        wajibBaca(m.kecamatanId());
        if (repository.findByKecamatanIdAndSubjek(m.kecamatanId(), subjek).isPresent()) {
            throw new AturanDilanggarException(Pesan.get("naskahBerurutan.sudahDitandatanganiPertama"));
        }
        if (dokumen.draf()) {
            throw new AturanDilanggarException(Pesan.get("dokumen.drafTidakDitandatangani"));
        }
        List<TandaTanganBersama> blok = dokumen.tandaTanganBersama();
        if (blok.size() != 1 || dokumen.tandaTangan().size() != 2) {
            throw new AturanDilanggarException(Pesan.get("naskahBerurutan.duaPenandatangan"));
        }
        TandaTangan pertama = blok.getFirst().kanan();
        TandaTangan kedua = blok.getFirst().kiri();
        penandatangan.wajib(m.kecamatanId(), pertama);
        PenyediaTandaTangan olehSiapa = penyedia.untukKecamatan(m.kecamatanId());
        KredensialTandaTangan kredensial = olehSiapa.perluKredensial() ? KredensialBerjalan.saatIni() : null;
        String nik = penandatangan.nik(m.kecamatanId());
        olehSiapa.sebelumRender(pertama, m.instansi(), nik, kredensial);
        String kode = UUID.randomUUID().toString();
        Instant waktu = clock.instant();
        RegisterNomor.Nomor nomor = register.ambil(m.kecamatanId(), organisasi.kecamatan(m.kecamatanId()).kode(),
                m.jenis(), waktu);
        byte[] pdf = PdfDokumen.tulis(dokumen, new Pengesahan(kode, alamat.alamat() + "/verifikasi/" + kode, nomor.nomor()));
        byte[] ditandatangani = olehSiapa.tandatangani(new PenyediaTandaTangan.Permintaan(pdf, pertama, m.instansi(), nik,
                alasan(m), waktu, kredensial));
        if (!TandaTanganPdf.periksa(ditandatangani).sah()) {
            throw new AturanDilanggarException(Pesan.get("dokumen.hasilTidakSah"));
        }
        String sha256 = PenyimpananBerkas.sha256(ditandatangani);
        String berkas = penyimpanan.simpanBerkas(m.kecamatanId(), kode + "-pihak-pertama.pdf", ditandatangani);
        // the number is this document's from now on; it enters the register beside the archived file at the second
        NaskahBerurutan naskah = repository.save(new NaskahBerurutan(kode, subjek, m, dokumen.judul(), nomor, berkas,
                sha256, pertama, waktu, akses.pengguna().getUsername(), kedua));
        audit.catat(m.kecamatanId(), "TANDA_TANGAN_PERTAMA", "Dokumen", kode, null,
                dokumen.judul() + " | nomor " + nomor.nomor() + " | " + pertama.jabatanTertulis() + " " + pertama.nama()
                        + " | menunggu " + kedua.jabatanTertulis() + " " + kedua.nama() + " | SHA-256 " + sha256);
        return naskah.info();
    }

    /**
     * The countersignature on the file the first signer signed: only by the official of the left block, once. The
     * final file (both signatures, time-stamped when a TSA is configured) is checked, archived under the same code
     * with the countersigner as its signer, and audited; its tables go to XLSX after commit as for every document.
     *
     * @param dokumen the same document as signed first, rebuilt by the content module (its tables for the XLSX copy)
     */
    @Transactional
    public ArsipDokumen tandatanganiKedua(String kode, Dokumen dokumen) {
        NaskahBerurutan naskah = repository.findByKode(Objects.toString(kode, ""))
                .orElseThrow(DataTidakDitemukanException::new);
        long kecamatanId = naskah.getKecamatanId();
        wajibBaca(kecamatanId);
        Instant waktu = clock.instant();
        TandaTangan kedua = naskah.kedua(akses.hariIni());
        penandatangan.wajib(kecamatanId, kedua);
        naskah.disahkan(waktu);
        Metadata m = naskah.metadata();
        PenyediaTandaTangan olehSiapa = penyedia.untukKecamatan(kecamatanId);
        KredensialTandaTangan kredensial = olehSiapa.perluKredensial() ? KredensialBerjalan.saatIni() : null;
        String nik = penandatangan.nik(kecamatanId);
        olehSiapa.sebelumRender(kedua, m.instansi(), nik, kredensial);
        byte[] pertama = penyimpanan.baca(naskah.getBerkas(), naskah.getSha256());
        byte[] ditandatangani = olehSiapa.tandatangani(new PenyediaTandaTangan.Permintaan(pertama, kedua, m.instansi(),
                nik, alasan(m), waktu, kredensial));
        if (capWaktu.aktif()) {
            ditandatangani = capWaktu.tambahkan(ditandatangani);
        }
        TandaTanganPdf.Hasil hasil = TandaTanganPdf.periksa(ditandatangani);
        if (!hasil.sah()) {
            throw new AturanDilanggarException(Pesan.get("dokumen.hasilTidakSah"));
        }
        String sha256 = PenyimpananBerkas.sha256(ditandatangani);
        String berkas = penyimpanan.simpan(kecamatanId, naskah.getKode(), ditandatangani);
        List<Tabel> tabel = dokumen == null ? List.of() : dokumen.tabel();
        Arsip arsip = arsipRepo.save(new Arsip(naskah.getKode(), m, naskah.getJudul(), sha256, ditandatangani.length,
                berkas, kedua, hasil.sertifikatSha256(), waktu, akses.pengguna().getUsername(), !tabel.isEmpty(),
                naskah.getNomor(), olehSiapa.nama(), hasil.penerbit(), hasil.waktuTsa()));
        repository.save(naskah);
        register.catat(kecamatanId, naskah.nomorNaskah(), naskah.getJudul(), m.jenis(), naskah.getKode(), waktu);
        audit.catat(kecamatanId, "TANDA_TANGAN", "Dokumen", naskah.getKode(), null,
                naskah.getJudul() + " | nomor " + naskah.getNomor() + " | " + naskah.info().jabatanPertama() + " "
                        + naskah.info().namaPertama() + " lalu " + kedua.jabatanTertulis() + " " + kedua.nama()
                        + " | SHA-256 " + sha256 + " | " + olehSiapa.nama());
        kabar.publishEvent(new DokumenDiterbitkan(naskah.getKode(), kecamatanId, m.tahun(), naskah.getJudul(),
                arsip.info().namaBerkas().replaceAll("\\.pdf$", "") + "-tabel.xlsx", tabel,
                akses.pengguna().getUsername(), waktu));
        return arsip.info();
    }

    /** The document signed in order for this subjek of the kecamatan, if its first signer has signed. */
    @Transactional(readOnly = true)
    public Optional<NaskahBerurutanData> naskahUntuk(long kecamatanId, String subjek) {
        wajibBaca(kecamatanId);
        return repository.findByKecamatanIdAndSubjek(kecamatanId, subjek).map(NaskahBerurutan::info);
    }

    /** Where a document signed in order stands, for a reader of its kecamatan. */
    @Transactional(readOnly = true)
    public NaskahBerurutanData naskah(String kode) {
        NaskahBerurutan naskah = repository.findByKode(Objects.toString(kode, ""))
                .orElseThrow(DataTidakDitemukanException::new);
        wajibBaca(naskah.getKecamatanId());
        return naskah.info();
    }

    /**
     * The PDF as it stands, for a reader of its kecamatan: the archived original once countersigned, until then the
     * file with the first signature only. Refused if the stored file no longer matches its hash.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(String kode) {
        NaskahBerurutan naskah = repository.findByKode(Objects.toString(kode, ""))
                .orElseThrow(DataTidakDitemukanException::new);
        wajibBaca(naskah.getKecamatanId());
        if (naskah.info().lengkap()) {
            Arsip arsip = arsipRepo.findByKode(naskah.getKode()).orElseThrow(DataTidakDitemukanException::new);
            return penyimpanan.baca(arsip.getBerkas(), arsip.getSha256());
        }
        return penyimpanan.baca(naskah.getBerkas(), naskah.getSha256());
    }

    private static String alasan(Metadata m) {
        return m.tahap() + " " + m.jenis() + " " + m.tahun();
    }

    private void wajibBaca(long kecamatanId) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        akses.wajibBaca(kecamatan.id(), kecamatan.kabupatenId());
    }
}
