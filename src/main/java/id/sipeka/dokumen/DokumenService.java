package id.sipeka.dokumen;

import id.sipeka.audit.AuditService;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents for the content modules: drafts to PDF/DOCX/XLSX for whoever may read the kecamatan, and the issuing
 * of a final document — rendered once, signed with the signer's own key, stored with its SHA-256 and audited. The
 * public verification page reads through here too, and sees metadata only.
 * <p>
 * Every public method checks the caller's rights here (the verification page's two are open by design); the longer
 * steps behind them are package-private helpers that join the call's transaction: {@link PenerbitanDokumen}
 * (issuing), {@link BuktiUnggahan} (uploaded evidence) and {@link VerifikasiArsip} (the verification page).
 */
@Service
public class DokumenService {

    private final Akses akses;
    private final AuditService audit;
    private final OrganisasiService organisasi;
    private final ArsipRepository repository;
    private final LampiranRepository lampiranRepo;
    private final ArsipTahunan arsipTahunan;
    private final PenyimpananBerkas penyimpanan;
    private final PilihanPenyedia penyedia;
    private final PenerbitanDokumen penerbitan;
    private final BuktiUnggahan bukti;
    private final VerifikasiArsip verifikasi;

    DokumenService(Akses akses, AuditService audit, OrganisasiService organisasi, ArsipRepository repository,
            LampiranRepository lampiranRepo, ArsipTahunan arsipTahunan, PenyimpananBerkas penyimpanan,
            PilihanPenyedia penyedia, PenerbitanDokumen penerbitan, BuktiUnggahan bukti,
            VerifikasiArsip verifikasi) {
        this.akses = akses;
        this.audit = audit;
        this.organisasi = organisasi;
        this.repository = repository;
        this.lampiranRepo = lampiranRepo;
        this.arsipTahunan = arsipTahunan;
        this.penyimpanan = penyimpanan;
        this.penyedia = penyedia;
        this.penerbitan = penerbitan;
        this.bukti = bukti;
        this.verifikasi = verifikasi;
    }

    /**
     * Whether signing a document of this kecamatan asks the signer for a passphrase or TOTP (its kabupaten signs
     * through BSrE): every screen button that signs asks this first and shows the dialog when it is true.
     */
    @Transactional(readOnly = true)
    public boolean perluKredensial(long kecamatanId) {
        wajibBaca(kecamatanId);
        return penyedia.untukKecamatan(kecamatanId).perluKredensial();
    }

    /**
     * Runs a signing step of this kecamatan (any content module's service call that issues a document) with what the
     * signer just typed, held only for this call on this thread and cleared afterwards whatever happens. The callers'
     * own methods stay as they are; {@link #terbitkan} picks the credential up. Only a member of the kecamatan may.
     */
    public void denganKredensial(long kecamatanId, KredensialTandaTangan kredensial, Runnable langkah) {
        wajibBaca(kecamatanId);
        wajibAnggota(kecamatanId);
        KredensialBerjalan.jalankan(kredensial, langkah);
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
        wajibBaca(dokumen.metadata().kecamatanId());
        return penerbitan.terbitkan(dokumen);
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
        wajibAnggota(kecamatanId);
        return bukti.simpan(kecamatanId, tahun, jenis, judul, namaBerkas, isi);
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
        Arsip arsip = repository.findByKode(VerifikasiArsip.kodeSah(arsipKode).orElse(""))
                .orElseThrow(DataTidakDitemukanException::new);
        ArsipDokumen dokumenInduk = arsip.info();
        wajibBaca(dokumenInduk.kecamatanId());
        // evidence goes with a signed document only by the hand that signed it (the signing step calls this)
        if (!Objects.equals(akses.pengguna().getUsername(), dokumenInduk.dibuatOleh())) {
            throw new AturanDilanggarException(Pesan.get("dokumen.bukanPenandatangan", dokumenInduk.penandatangan()));
        }
        return bukti.simpanBersama(dokumenInduk, jenis, judul, namaBerkas, isi, diunggahOleh, diunggahPada);
    }

    @Transactional(readOnly = true)
    public List<LampiranDokumen> lampiran(long kecamatanId) {
        wajibBaca(kecamatanId);
        return lampiranRepo.findByKecamatanIdOrderByIdDesc(kecamatanId).stream().map(Lampiran::info).toList();
    }

    /** A stored attachment, for a reader of its kecamatan; refused if the file no longer matches its hash. */
    @Transactional(readOnly = true)
    public BerkasLampiran unduhLampiran(String kode) {
        Lampiran lampiran = lampiranRepo.findByKode(VerifikasiArsip.kodeSah(kode).orElse(""))
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
        List<String> belum = semua.stream().filter(p -> !penyedia.untukKecamatan(p.kecamatanId()).siap(p.nip()))
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
        TreeSet<Integer> tahun = new TreeSet<>(Comparator.reverseOrder());
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

    @Transactional(readOnly = true)
    public List<ArsipDokumen> arsip(long kecamatanId) {
        wajibBaca(kecamatanId);
        return repository.findByKecamatanIdOrderByIdDesc(kecamatanId).stream().map(Arsip::info).toList();
    }

    /** The stored signed PDF, for a reader of its kecamatan; refused if the file no longer matches its hash. */
    @Transactional(readOnly = true)
    public BerkasArsip unduh(String kode) {
        Arsip arsip = repository.findByKode(VerifikasiArsip.kodeSah(kode).orElse(""))
                .orElseThrow(DataTidakDitemukanException::new);
        wajibBaca(arsip.getKecamatanId());
        return new BerkasArsip(arsip.info(), penyimpanan.baca(arsip.getBerkas(), arsip.getSha256()));
    }

    /** For the public page (no login): metadata only, and nothing at all for an unknown or malformed code. */
    @Transactional(readOnly = true)
    public Optional<InfoPublik> infoPublik(String kode) {
        return verifikasi.infoPublik(kode);
    }

    /**
     * Compares an uploaded file with the archived one by SHA-256 (public, no login). No transaction while the file is
     * read: a slow upload must not hold a database connection.
     */
    public HasilPencocokan cocokkan(String kode, InputStream berkas) {
        return verifikasi.cocokkan(kode, berkas);
    }

    private void wajibBaca(long kecamatanId) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        akses.wajibBaca(kecamatan.id(), kecamatan.kabupatenId());
    }

    /** Only a member of the kecamatan acts for it (a reader from the kabupaten may look, not sign or upload). */
    private void wajibAnggota(long kecamatanId) {
        if (!Objects.equals(akses.pengguna().kecamatanId(), kecamatanId)) {
            throw new AccessDeniedException(Pesan.get("akses.kecamatanLain"));
        }
    }
}
