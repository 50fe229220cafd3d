package id.sipeka.evaluasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.Pesan;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.dokumen.BerkasArsip;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipData.LkjipTampil;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraService;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The LKjIP of a kecamatan's year (PermenPAN-RB 53/2014): its figures, computed each time from the reports the camat
 * signed (through the year's recap and those of the earlier years of the Renstra period); the sekcam's narratives
 * over editable defaults; the approval — the sekcam submits, the camat (or Plt./Plh.) signs it or returns it with a
 * reason (processes/lkjip.bpmn20.xml) — and the documents. At the signature the PDF is produced once, signed with the
 * camat's key and archived; from then on the PDF is that original.
 */
@Service
public class LkjipService {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LkjipRepository lkjipRepo;
    private final LkjipNarasiRepository narasiRepo;
    private final RekapEvaluasiService rekap;
    private final RiwayatRealisasiService riwayat;
    private final AnggaranKecamatanService anggaran;
    private final RenstraService renstra;
    private final OrganisasiService organisasi;
    private final DokumenService dokumen;
    private final ProsesLkjip proses;
    private final Akses akses;
    private final AuditService audit;
    private final Clock clock;

    LkjipService(LkjipRepository lkjipRepo, LkjipNarasiRepository narasiRepo, RekapEvaluasiService rekap,
            RiwayatRealisasiService riwayat, AnggaranKecamatanService anggaran, RenstraService renstra, OrganisasiService organisasi, DokumenService dokumen,
            ProsesLkjip proses, Akses akses, AuditService audit, Clock clock) {
        this.lkjipRepo = lkjipRepo;
        this.narasiRepo = narasiRepo;
        this.rekap = rekap;
        this.riwayat = riwayat;
        this.anggaran = anggaran;
        this.renstra = renstra;
        this.organisasi = organisasi;
        this.dokumen = dokumen;
        this.proses = proses;
        this.akses = akses;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every figure of the year's LKjIP; anyone who may read the kecamatan. */
    @Transactional(readOnly = true)
    public AngkaLkjip angka(long kecamatanId, int tahun) {
        KecamatanData kec = organisasi.kecamatan(kecamatanId); // refuses a reader of another kecamatan as "not found"
        Optional<RenstraLengkap> periode = renstra.daftar(kecamatanId).stream()
                .filter(r -> r.tahunAwal() <= tahun && tahun <= r.tahunAkhir()).findFirst().map(r -> renstra.lengkap(r.id()));
        Map<Integer, Rekap> lalu = new LinkedHashMap<>();
        Set<Integer> tahunRiwayat = new HashSet<>();
        periode.ifPresent(p -> {
            for (int i = p.renstra().tahunAwal(); i < tahun; i++) {
                int t = i;
                // a year before SIPEKA compares through its recorded history (RiwayatRealisasiService)
                Optional<Rekap> dariRiwayat = riwayat.rekapRiwayat(kecamatanId, p, t);
                dariRiwayat.ifPresent(x -> tahunRiwayat.add(x.tahun()));
                lalu.put(t, dariRiwayat.orElseGet(() -> rekap.rekap(kecamatanId, t, 4, null, null)));
            }
        });
        return HitungLkjip.hitung(rekap.rekap(kecamatanId, tahun, 4, null, null), lalu, tahunRiwayat, periode.orElse(null), kec.nama(),
                kec.kabupatenNama() == null ? "" : kec.kabupatenNama(), anggaran.baca(kecamatanId, tahun));
    }

    /** The LKjIP as its screen shows it, with what the signed-in user may do now. */
    @Transactional(readOnly = true)
    public LkjipTampil lkjip(long kecamatanId, int tahun) {
        AngkaLkjip angka = angka(kecamatanId, tahun);
        Optional<Lkjip> l = lkjipRepo.findByKecamatanIdAndTahun(kecamatanId, tahun);
        Map<BagianLkjip, String> narasi = NarasiBakuLkjip.semua(angka);
        Map<BagianLkjip, Boolean> bawaan = new EnumMap<>(BagianLkjip.class);
        for (BagianLkjip b : BagianLkjip.values()) {
            bawaan.put(b, true);
        }
        l.ifPresent(x -> narasiRepo.findByLkjipId(x.id).forEach(n -> {
            narasi.put(n.bagian, n.teks);
            bawaan.put(n.bagian, false);
        }));
        boolean sekcam = akses.punyaPeranDi(Peran.SEKCAM, kecamatanId);
        boolean bolehUbah = sekcam && l.map(Lkjip::dapatDiubah).orElse(true);
        return new LkjipTampil(kecamatanId, tahun, l.map(Lkjip::status).orElse(StatusPersetujuan.DIISI),
                l.map(Lkjip::alasan).orElse(null), narasi, bawaan, bolehUbah, bolehUbah && adaRealisasi(angka),
                akses.punyaPeranDi(Peran.CAMAT, kecamatanId) && l.map(Lkjip::diajukan).orElse(false),
                l.map(x -> x.arsipKode).orElse(null), angka);
    }

    /**
     * The sekcam writes a narrative part; an empty text goes back to the default. Only while drafting or after a
     * return; the first change opens the year's LKjIP and its process.
     */
    @Transactional
    public void simpanNarasi(long kecamatanId, int tahun, BagianLkjip bagian, String teks) {
        Lkjip l = untukSekcam(kecamatanId, tahun);
        BatasTeks.periksaTeks(teks, Pesan.get("lkjip.bagian." + bagian.name()));
        LkjipNarasi n = narasiRepo.findByLkjipId(l.id).stream().filter(x -> x.bagian == bagian).findFirst().orElse(null);
        String lama = n == null ? null : n.teks;
        if (teks == null || teks.isBlank()) {
            if (n != null) {
                narasiRepo.delete(n);
            }
        } else {
            if (n == null) {
                n = new LkjipNarasi(l.id, bagian);
            }
            n.teks = teks.strip();
            narasiRepo.save(n);
        }
        audit.catat(kecamatanId, "UBAH", "LkjipNarasi", l.id + ":" + bagian.name(), lama, teks);
    }

    /** The sekcam submits the LKjIP to the camat. */
    @Transactional
    public void ajukan(long kecamatanId, int tahun) {
        Lkjip l = untukSekcam(kecamatanId, tahun);
        if (!adaRealisasi(angka(kecamatanId, tahun))) {
            throw new AturanDilanggarException(Pesan.get("lkjip.belumAdaEvaluasi", tahun));
        }
        l.ajukan(akses.pengguna().getUsername(), clock.instant());
        proses.diajukan(l.id);
        audit.catat(kecamatanId, "AJUKAN", "Lkjip", l.id, null, String.valueOf(tahun));
    }

    /** The camat (or Plt./Plh.) returns the submitted LKjIP to the sekcam with a reason. */
    @Transactional
    public void kembalikan(long kecamatanId, int tahun, String alasan) {
        Lkjip l = untukCamat(kecamatanId, tahun);
        BatasTeks.periksa(alasan, BatasTeks.ALASAN, Pesan.get("lkjip.alasan"));
        l.kembalikan(alasan, akses.pengguna().getUsername(), clock.instant());
        proses.diputuskan(l.id, false);
        audit.catat(kecamatanId, "KEMBALIKAN", "Lkjip", l.id, null, l.alasan());
    }

    /**
     * The camat (or Plt./Plh.) signs the submitted LKjIP: in the same transaction the PDF is produced once, signed
     * with the signer's key and archived, so an LKjIP is never signed without its signed original.
     */
    @Transactional
    public void tandaTangani(long kecamatanId, int tahun, String tempat, LocalDate tanggal) {
        Lkjip l = untukCamat(kecamatanId, tahun);
        BatasTeks.periksa(tempat, BatasTeks.LOKASI, Pesan.get("tandaTanganDialog.tempat"));
        if (tempat == null || tempat.isBlank() || tanggal == null) {
            throw new AturanDilanggarException(Pesan.get("validasi.wajibIsi", Pesan.get("lkjip.tempatTanggal")));
        }
        l.tandaTangani(tempat.strip(), tanggal, akses.pengguna().getUsername(), clock.instant());
        proses.diputuskan(l.id, true);
        KecamatanData kec = organisasi.kecamatan(kecamatanId);
        TandaTangan camat = dokumen.tandaTanganSaya(kecamatanId, Peran.CAMAT, kec.jabatanCamat(), l.tempat, tanggal);
        l.arsipkan(dokumen.terbitkan(susun(kecamatanId, tahun, camat, false)).kode());
        audit.catat(kecamatanId, "TANDA_TANGAN", "Lkjip", l.id, null, String.valueOf(tahun));
    }

    /** The PDF: the signed original once signed, else a draft marked "DRAF". */
    @Transactional(readOnly = true)
    public Berkas pdf(long kecamatanId, int tahun) {
        String kode = arsipKode(kecamatanId, tahun);
        if (kode != null) {
            BerkasArsip asli = dokumen.unduh(kode);
            return new Berkas(asli.arsip().namaBerkas(), PDF, asli.isi());
        }
        return new Berkas(nama(tahun, true, "pdf"), PDF, dokumen.pdfDraf(susun(kecamatanId, tahun, null, true)));
    }

    /** An editable copy of the same content. */
    @Transactional(readOnly = true)
    public Berkas docx(long kecamatanId, int tahun) {
        boolean draf = arsipKode(kecamatanId, tahun) == null;
        return new Berkas(nama(tahun, draf, "docx"), DOCX, dokumen.docx(susun(kecamatanId, tahun, null, draf)));
    }

    /** The document's tables as a workbook. */
    @Transactional(readOnly = true)
    public Berkas xlsx(long kecamatanId, int tahun) {
        boolean draf = arsipKode(kecamatanId, tahun) == null;
        return new Berkas(nama(tahun, draf, "xlsx"), XLSX, dokumen.xlsx(susun(kecamatanId, tahun, null, draf)));
    }

    private Dokumen susun(long kecamatanId, int tahun, TandaTangan camat, boolean draf) {
        LkjipTampil t = lkjip(kecamatanId, tahun);
        return DokumenLkjip.susun(t.angka(), t.narasi(), camat, draf);
    }

    private String arsipKode(long kecamatanId, int tahun) {
        organisasi.kecamatan(kecamatanId);
        return lkjipRepo.findByKecamatanIdAndTahun(kecamatanId, tahun).map(l -> l.arsipKode).orElse(null);
    }

    /** The sekcam (or Plt./Plh.) of this kecamatan, on an LKjIP still being drafted; opened on first use. */
    private Lkjip untukSekcam(long kecamatanId, int tahun) {
        organisasi.kecamatan(kecamatanId);
        if (!akses.punyaPeranDi(Peran.SEKCAM, kecamatanId)) {
            throw new AccessDeniedException(Pesan.get("lkjip.hanyaSekcam"));
        }
        Lkjip l = lkjipRepo.findByKecamatanIdAndTahun(kecamatanId, tahun).orElseGet(() -> {
            Lkjip baru = lkjipRepo.save(Lkjip.baru(kecamatanId, tahun));
            proses.mulai(baru);
            return baru;
        });
        if (!l.dapatDiubah()) {
            throw new AturanDilanggarException(Pesan.get("lkjip.tidakDapatDiubah",
                    Pesan.get("persetujuan.status." + l.status().name())));
        }
        return l;
    }

    /** The camat (or Plt./Plh.) of this kecamatan, on a submitted LKjIP. */
    private Lkjip untukCamat(long kecamatanId, int tahun) {
        organisasi.kecamatan(kecamatanId);
        if (!akses.punyaPeranDi(Peran.CAMAT, kecamatanId)) {
            throw new AccessDeniedException(Pesan.get("lkjip.hanyaCamat"));
        }
        Lkjip l = lkjipRepo.findByKecamatanIdAndTahun(kecamatanId, tahun)
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("lkjip.belumDiajukan")));
        if (!l.diajukan()) {
            throw new AturanDilanggarException(Pesan.get("lkjip.belumDiajukan"));
        }
        return l;
    }

    /** Something to report: at least one sub kegiatan with a realisasi from a signed report. */
    private static boolean adaRealisasi(AngkaLkjip a) {
        return a.kinerja().stream().anyMatch(b -> b.realisasi() != null);
    }

    private static String nama(int tahun, boolean draf, String ekstensi) {
        return "LKjIP-" + tahun + (draf ? "-DRAF" : "") + "." + ekstensi;
    }
}
