package id.sipeka.dokumen;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AlamatAplikasi;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Nip;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PenandatanganDitetapkan;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Penugasan;
import id.sipeka.security.Peran;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents for the content modules: drafts to PDF/DOCX/XLSX for whoever may read the kecamatan, and the issuing
 * of a final document — rendered once, signed with the signer's own key, stored with its SHA-256 and audited. The
 * public verification page reads through here too, and sees metadata only.
 */
@Service
public class DokumenService {

    private static final Pattern KODE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final long BATAS_UNGGAH = 100L * 1024 * 1024;

    private final Akses akses;
    private final AuditService audit;
    private final OrganisasiService organisasi;
    private final ArsipRepository repository;
    private final LampiranRepository lampiranRepo;
    private final ArsipTahunan arsipTahunan;
    private final PenyimpananBerkas penyimpanan;
    private final PenyimpananLampiran lampiranBaru;
    private final ApplicationEventPublisher kabar;
    private final AlamatAplikasi alamat;
    private final RegisterNomor register;
    private final Clock clock;
    private final PilihanPenyedia penyedia;
    private final CapWaktu capWaktu;

    DokumenService(Akses akses, AuditService audit, OrganisasiService organisasi, ArsipRepository repository,
            LampiranRepository lampiranRepo, ArsipTahunan arsipTahunan, PenyimpananBerkas penyimpanan,
            PenyimpananLampiran lampiranBaru, ApplicationEventPublisher kabar, AlamatAplikasi alamat,
            RegisterNomor register, Clock clock, PilihanPenyedia penyedia, CapWaktu capWaktu) {
        this.akses = akses;
        this.audit = audit;
        this.organisasi = organisasi;
        this.repository = repository;
        this.lampiranRepo = lampiranRepo;
        this.arsipTahunan = arsipTahunan;
        this.penyimpanan = penyimpanan;
        this.lampiranBaru = lampiranBaru;
        this.kabar = kabar;
        this.alamat = alamat;
        this.register = register;
        this.clock = clock;
        this.penyedia = penyedia;
        this.capWaktu = capWaktu;
    }

    /**
     * Whether signing a document of this kecamatan asks the signer for a passphrase or TOTP (its kabupaten signs
     * through BSrE): every screen button that signs asks this first and shows the dialog when it is true.
     */
    @Transactional(readOnly = true)
    public boolean perluKredensial(long kecamatanId) {
        wajibBaca(kecamatanId);
        return penyediaUntuk(kecamatanId).perluKredensial();
    }

    /**
     * Runs a signing step of this kecamatan (any content module's service call that issues a document) with what the
     * signer just typed, held only for this call on this thread and cleared afterwards whatever happens. The callers'
     * own methods stay as they are; {@link #terbitkan} picks the credential up. Only a member of the kecamatan may.
     */
    public void denganKredensial(long kecamatanId, KredensialTandaTangan kredensial, Runnable langkah) {
        wajibBaca(kecamatanId);
        if (!Objects.equals(akses.pengguna().kecamatanId(), kecamatanId)) {
            throw new org.springframework.security.access.AccessDeniedException(Pesan.get("akses.kecamatanLain"));
        }
        KredensialBerjalan.jalankan(kredensial, langkah);
    }

    private PenyediaTandaTangan penyediaUntuk(long kecamatanId) {
        return penyedia.untukKecamatan(kecamatanId);
    }

    /** A PDF that is not the signed original always carries "DRAF", whatever stage the document is in. */
    @Transactional(readOnly = true)
    public byte[] pdfDraf(Dokumen dokumen) {
        wajibBaca(dokumen.metadata().kecamatanId());
        return PdfDokumen.tulis(dokumen.sebagaiDraf(true), null);
    }

    /** The editable Word version (never signed; a final document's authority is its signed PDF). */
    @Transactional(readOnly = true)
    public byte[] docx(Dokumen dokumen) {
        wajibBaca(dokumen.metadata().kecamatanId());
        return DocxDokumen.tulis(dokumen);
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(Dokumen dokumen) {
        wajibBaca(dokumen.metadata().kecamatanId());
        return XlsxDokumen.tulis(dokumen);
    }

    /**
     * A kabupaten-wide table as XLSX (the kabupaten's dashboard: every kecamatan side by side): only the admin and
     * the kabupaten's own viewer. Never archived or signed, so it names no kecamatan.
     */
    @Transactional(readOnly = true)
    public byte[] xlsxKabupaten(long kabupatenId, Dokumen dokumen) {
        akses.wajibPantauKabupaten(kabupatenId);
        return XlsxDokumen.tulis(dokumen);
    }

    /**
     * Issues a final document: only its signer, signed in as themselves, may do it; a Plt./Plh. block needs an
     * acting assignment valid today. The PDF is rendered once with its nomor naskah from the kecamatan's register
     * ({@link RegisterNomor}) and its verification QR code, signed, stored, entered in the register and audited. The
     * document's tables are stored beside it as XLSX (what inspectors recompute from) after the step commits, from
     * the {@link DokumenDiterbitkan} event. The returned record names the stored file. Called inside
     * the content module's transaction, so a failure anywhere leaves neither the content's new state nor an archived
     * file nor an event behind.
     */
    @Transactional
    public ArsipDokumen terbitkan(Dokumen dokumen) {
        Metadata m = dokumen.metadata();
        wajibBaca(m.kecamatanId());
        if (dokumen.draf()) {
            throw new AturanDilanggarException(Pesan.get("dokumen.drafTidakDitandatangani"));
        }
        List<TandaTangan> blok = dokumen.tandaTangan();
        if (blok.size() != 1) {
            throw new AturanDilanggarException(Pesan.get("dokumen.satuPenandatangan"));
        }
        TandaTangan penanda = blok.getFirst();
        wajibPenandatangan(m.kecamatanId(), penanda);

        PenyediaTandaTangan olehSiapa = penyediaUntuk(m.kecamatanId());
        KredensialTandaTangan kredensial = olehSiapa.perluKredensial() ? KredensialBerjalan.saatIni() : null;
        String nik = nikPenandatangan(m.kecamatanId());
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

    /**
     * The signature block of the signed-in person for a document of this kecamatan, in the role they sign in:
     * "Plt."/"Plh." when they hold the role only by an acting assignment valid today. Content modules build their
     * final document with it; {@link #terbitkan} checks it again.
     *
     * @param jabatan the office as printed, e.g. "CAMAT KALAENA"
     */
    @Transactional(readOnly = true)
    public TandaTangan tandaTanganSaya(long kecamatanId, Peran peran, String jabatan, String tempat, LocalDate tanggal) {
        PenggunaSipeka saya = akses.pengguna();
        PegawaiData pegawai = saya.pegawaiId() == null ? null : organisasi.pegawai(kecamatanId).stream()
                .filter(p -> Objects.equals(p.id(), saya.pegawaiId())).findFirst().orElse(null);
        if (pegawai == null || pegawai.nip() == null || pegawai.nip().isBlank()) {
            throw new AturanDilanggarException(Pesan.get("dokumen.tanpaNip", saya.nama()));
        }
        String pelaksana = null;
        if (saya.peran() != peran) {
            pelaksana = saya.penugasanPada(akses.hariIni()).stream().filter(p -> p.peran() == peran)
                    .map(Penugasan::jenis).findFirst()
                    .orElseThrow(() -> new AturanDilanggarException(Pesan.get("dokumen.bukanPenandatangan", jabatan)));
        }
        return new TandaTangan(tempat, tanggal, pelaksana, jabatan, pegawai.nama(),
                pegawai.pangkatGolongan() == null ? null : pegawai.pangkatGolongan().tertulis(), Nip.of(pegawai.nip()));
    }

    /**
     * Keeps a file a member of the kecamatan uploaded as evidence (e.g. the scanned, hand-signed berita acara):
     * stored once with its SHA-256, audited, listed in the archive and in the yearly archive. The content module
     * decides who may upload what; here only members of the kecamatan may store anything.
     */
    @Transactional
    public LampiranDokumen simpanBukti(long kecamatanId, int tahun, String jenis, String judul, String namaBerkas,
            byte[] isi) {
        wajibBaca(kecamatanId);
        if (!Objects.equals(akses.pengguna().kecamatanId(), kecamatanId)) {
            throw new org.springframework.security.access.AccessDeniedException(Pesan.get("akses.kecamatanLain"));
        }
        if (isi == null || isi.length == 0) {
            throw new AturanDilanggarException(Pesan.get("dokumen.berkasKosong"));
        }
        if (isi.length > BATAS_UNGGAH) {
            throw new AturanDilanggarException(Pesan.get("dokumen.berkasTerlaluBesar"));
        }
        return lampiranBaru.simpan(kecamatanId, null, jenis, judul, tahun, namaAman(namaBerkas), isi,
                akses.pengguna().getUsername(), clock.instant());
    }

    /**
     * Keeps evidence that belongs to a signed document (the files a unit attached to the rows of its quarterly report)
     * in the archive with that document: called inside the step that signs it, by its signer, so the document is
     * never archived without its evidence nor the evidence without its document. Stored like any evidence (once, with
     * its SHA-256, audited, in the yearly ZIP's {@code bukti/}), under the document's kecamatan and year; the title
     * names the document. The uploader and upload time stay those of the original upload.
     *
     * @param arsipKode the signed document, archived earlier in the same transaction
     * @param judul what the file is evidence of, e.g. "Bukti 7.01.01.2.01.0001 – Laporan Evaluasi … Triwulan I 2026"
     */
    @Transactional
    public LampiranDokumen simpanBuktiDokumen(String arsipKode, String jenis, String judul, String namaBerkas, byte[] isi,
            String diunggahOleh, Instant diunggahPada) {
        Arsip arsip = repository.findByKode(kodeSah(arsipKode).orElse("")).orElseThrow(DataTidakDitemukanException::new);
        ArsipDokumen dokumenInduk = arsip.info();
        wajibBaca(dokumenInduk.kecamatanId());
        // evidence goes with a signed document only by the hand that signed it (the signing step calls this)
        if (!Objects.equals(akses.pengguna().getUsername(), dokumenInduk.dibuatOleh())) {
            throw new AturanDilanggarException(Pesan.get("dokumen.bukanPenandatangan", dokumenInduk.penandatangan()));
        }
        if (isi == null || isi.length == 0) {
            throw new AturanDilanggarException(Pesan.get("dokumen.berkasKosong"));
        }
        if (isi.length > BATAS_UNGGAH) {
            throw new AturanDilanggarException(Pesan.get("dokumen.berkasTerlaluBesar"));
        }
        return lampiranBaru.simpan(dokumenInduk.kecamatanId(), null, jenis, judul, dokumenInduk.tahun(),
                namaAman(namaBerkas), isi, diunggahOleh, diunggahPada);
    }

    @Transactional(readOnly = true)
    public List<LampiranDokumen> lampiran(long kecamatanId) {
        wajibBaca(kecamatanId);
        return lampiranRepo.findByKecamatanIdOrderByIdDesc(kecamatanId).stream().map(Lampiran::info).toList();
    }

    /** A stored attachment, for a reader of its kecamatan; refused if the file no longer matches its hash. */
    @Transactional(readOnly = true)
    public BerkasLampiran unduhLampiran(String kode) {
        Lampiran lampiran = lampiranRepo.findByKode(kodeSah(kode).orElse(""))
                .orElseThrow(DataTidakDitemukanException::new);
        wajibBaca(lampiran.getKecamatanId());
        return new BerkasLampiran(lampiran.info(), penyimpanan.baca(lampiran.getBerkas(), lampiran.getSha256()));
    }

    /** The admin's view of the signing keys: every official who may sign, and those whose key is not ready yet. */
    @Transactional(readOnly = true)
    public StatusKunci statusKunci() {
        akses.wajibAdmin();
        List<PenandatanganDitetapkan> semua = organisasi.penandatangan();
        // ready by the provider of the signer's kabupaten: BSrE holds its signers' keys itself
        List<String> belum = semua.stream().filter(p -> !penyediaUntuk(p.kecamatanId()).siap(p.nip()))
                .map(p -> p.nama() + " (" + p.instansi() + ")").toList();
        return new StatusKunci(semua.size(), belum);
    }

    /** @param belum the officials without a ready key, "name (office)" */
    public record StatusKunci(int penandatangan, List<String> belum) {
    }

    /** The years that have signed documents or attachments, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> tahunArsip(long kecamatanId) {
        wajibBaca(kecamatanId);
        TreeSet<Integer> tahun = new TreeSet<>(java.util.Comparator.reverseOrder());
        repository.findByKecamatanIdOrderByIdDesc(kecamatanId).forEach(a -> tahun.add(a.info().tahun()));
        lampiranRepo.findByKecamatanIdOrderByIdDesc(kecamatanId).forEach(l -> tahun.add(l.info().tahun()));
        return List.copyOf(tahun);
    }

    /** Whether the signed-in user may take the yearly archive (it holds the audit log): see {@link Akses#bolehPeriksa}. */
    @Transactional(readOnly = true)
    public boolean bolehUnduhArsipTahunan(long kecamatanId) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        return akses.bolehPeriksa(kecamatan.id(), kecamatan.kabupatenId());
    }

    /**
     * Writes the yearly archive of a kecamatan as ZIP: every signed PDF of that year's documents, their tables as
     * XLSX, the uploaded evidence, the audit log as CSV and a manifest with the SHA-256 of every file. Every stored
     * file is checked against its recorded hash while it is written; a damaged file stops the archive. The download
     * itself is audited.
     */
    @Transactional
    public void tulisArsipTahunan(long kecamatanId, int tahun, OutputStream keluar) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        akses.wajibBaca(kecamatan.id(), kecamatan.kabupatenId());
        akses.wajibPeriksa(kecamatan.id(), kecamatan.kabupatenId());
        arsipTahunan.tulis(kecamatan, tahun, repository.findByKecamatanIdAndTahunOrderById(kecamatanId, tahun),
                lampiranRepo.findByKecamatanIdAndTahunOrderById(kecamatanId, tahun), keluar);
        audit.catat(kecamatanId, "UNDUH_ARSIP", "ArsipTahunan", tahun, null, null);
    }

    /** The uploader's file name as offered for download: no path, no characters a file system or header chokes on. */
    static String namaAman(String namaBerkas) {
        String nama = namaBerkas == null ? "" : namaBerkas.replace('\\', '/');
        nama = nama.substring(nama.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]+", "_").strip();
        if (nama.isEmpty() || nama.startsWith(".")) {
            nama = "berkas" + nama;
        }
        return nama.length() > 200 ? nama.substring(nama.length() - 200) : nama;
    }

    @Transactional(readOnly = true)
    public List<ArsipDokumen> arsip(long kecamatanId) {
        wajibBaca(kecamatanId);
        return repository.findByKecamatanIdOrderByIdDesc(kecamatanId).stream().map(Arsip::info).toList();
    }

    /** The stored signed PDF, for a reader of its kecamatan; refused if the file no longer matches its hash. */
    @Transactional(readOnly = true)
    public BerkasArsip unduh(String kode) {
        Arsip arsip = repository.findByKode(kodeSah(kode).orElse(""))
                .orElseThrow(DataTidakDitemukanException::new);
        wajibBaca(arsip.getKecamatanId());
        return new BerkasArsip(arsip.info(), penyimpanan.baca(arsip.getBerkas(), arsip.getSha256()));
    }

    /** For the public page (no login): metadata only, and nothing at all for an unknown or malformed code. */
    @Transactional(readOnly = true)
    public Optional<InfoPublik> infoPublik(String kode) {
        return kodeSah(kode).flatMap(repository::findByKode).map(DokumenService::publik);
    }

    /**
     * Compares an uploaded file with the archived one by SHA-256 (public, no login). No transaction while the file is
     * read: a slow upload must not hold a database connection.
     */
    public HasilPencocokan cocokkan(String kode, InputStream berkas) {
        Optional<InfoPublik> info = infoPublik(kode);
        if (info.isEmpty()) {
            return new HasilPencocokan.TidakDikenal();
        }
        byte[] isi = bacaTerbatas(berkas);
        String sha256 = PenyimpananBerkas.sha256(isi);
        // the signatures of the bytes uploaded, checked on their own: a copy that differs from the archive can
        // still carry a valid signature (of another version), and a matching one is checked all the same
        TandaTanganPdf.Hasil periksa = TandaTanganPdf.periksa(isi);
        HasilPencocokan.TandaTanganBerkas tanda = new HasilPencocokan.TandaTanganBerkas(periksa.sah(),
                periksa.penandatangan(), periksa.penerbit(), periksa.waktuTsa());
        return sha256.equals(info.get().sha256()) ? new HasilPencocokan.Cocok(info.get(), tanda)
                : new HasilPencocokan.TidakCocok(info.get(), sha256, tanda);
    }

    private static Optional<String> kodeSah(String kode) {
        return kode != null && KODE.matcher(kode).matches() ? Optional.of(kode) : Optional.empty();
    }

    private static InfoPublik publik(Arsip a) {
        ArsipDokumen i = a.info();
        return new InfoPublik(i.kode(), i.judul(), i.jenis(), i.instansi(), i.tahun(), i.tahap(), i.versi(),
                i.penandatangan(), i.jabatanPenandatangan(), i.ditandatanganiPada(), i.sha256(), i.nomor(),
                a.getPenerbitSertifikat(), a.getWaktuCapTsa());
    }

    /** The upload in memory (its signatures are read from it), refused past the limit while it is read. */
    private static byte[] bacaTerbatas(InputStream berkas) {
        try (InputStream in = berkas) {
            byte[] isi = in.readNBytes((int) BATAS_UNGGAH + 1);
            if (isi.length > BATAS_UNGGAH) {
                throw new AturanDilanggarException(Pesan.get("dokumen.berkasTerlaluBesar"));
            }
            return isi;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void wajibBaca(long kecamatanId) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        akses.wajibBaca(kecamatan.id(), kecamatan.kabupatenId());
    }

    /** A key signs only for its owner: the signed-in person's NIP must be the block's, acting status must be real. */
    private void wajibPenandatangan(long kecamatanId, TandaTangan penanda) {
        PenggunaSipeka pengguna = akses.pengguna();
        String nipPengguna = pengguna.pegawaiId() == null ? null : organisasi.pegawai(kecamatanId).stream()
                .filter(p -> Objects.equals(p.id(), pengguna.pegawaiId())).map(PegawaiData::nip)
                .filter(Objects::nonNull).map(n -> n.replace(" ", "")).findFirst().orElse(null);
        if (!Objects.equals(pengguna.kecamatanId(), kecamatanId) || !penanda.nip().nilai().equals(nipPengguna)) {
            throw new AturanDilanggarException(Pesan.get("dokumen.bukanPenandatangan", penanda.nama()));
        }
        if (penanda.pelaksana() != null) {
            boolean bertugas = pengguna.penugasanPada(akses.hariIni()).stream().map(Penugasan::jabatanTertulis)
                    .anyMatch(j -> j.startsWith(penanda.pelaksana()));
            if (!bertugas) {
                throw new AturanDilanggarException(Pesan.get("dokumen.tidakSedangBertugas", penanda.pelaksana()));
            }
        }
    }

    /** The signed-in signer's NIK (their identity at BSrE), null when the pegawai record has none. */
    private String nikPenandatangan(long kecamatanId) {
        Long pegawaiId = akses.pengguna().pegawaiId();
        return pegawaiId == null ? null : organisasi.pegawai(kecamatanId).stream()
                .filter(p -> Objects.equals(p.id(), pegawaiId)).map(PegawaiData::nik).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
