package id.sipeka.evaluasi;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Nip;
import id.sipeka.dokumen.BerkasArsip;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's Laporan Evaluasi Triwulan as a document. Until the camat signs it the PDF is a draft (DRAF watermark,
 * never signed); at the sign-off the final PDF is produced once, signed with the camat's key and archived, and
 * from then on the PDF is that original. DOCX and XLSX are editable copies of the same content.
 */
@Service
public class LaporanDokumenService {

    /** The archive's name for a report's evidence files. */
    static final String JENIS_BUKTI = "Bukti laporan evaluasi";

    private final EvaluasiQueryService evaluasi;
    private final RencanaAksiService rencanaAksi;
    private final PerjanjianKinerjaService perjanjianKinerja;
    private final OrganisasiService organisasi;
    private final DokumenService dokumen;
    private final PenyimpananBukti bukti;
    private final Clock clock;

    LaporanDokumenService(EvaluasiQueryService evaluasi, RencanaAksiService rencanaAksi,
            PerjanjianKinerjaService perjanjianKinerja, OrganisasiService organisasi,
            DokumenService dokumen, PenyimpananBukti bukti, Clock clock) {
        this.clock = clock;
        this.bukti = bukti;
        this.evaluasi = evaluasi;
        this.rencanaAksi = rencanaAksi;
        this.perjanjianKinerja = perjanjianKinerja;
        this.organisasi = organisasi;
        this.dokumen = dokumen;
    }

    /** The report as printed now: a draft until the camat has signed it. */
    @Transactional(readOnly = true)
    public Dokumen dokumen(long laporanId) {
        LaporanData l = evaluasi.laporan(laporanId);
        return susun(l, null, l.arsipKode() == null);
    }

    @Transactional(readOnly = true)
    public Berkas pdf(long laporanId) {
        LaporanData l = evaluasi.laporan(laporanId);
        if (l.arsipKode() != null) {
            BerkasArsip asli = dokumen.unduh(l.arsipKode());
            return new Berkas(asli.arsip().namaBerkas(), "application/pdf", asli.isi());
        }
        return new Berkas(nama(l, true, "pdf"), "application/pdf", dokumen.pdfDraf(susun(l, null, true)));
    }

    @Transactional(readOnly = true)
    public Berkas docx(long laporanId) {
        LaporanData l = evaluasi.laporan(laporanId);
        return new Berkas(nama(l, l.arsipKode() == null, "docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                dokumen.docx(susun(l, null, l.arsipKode() == null)));
    }

    /**
     * The final PDF, signed by the signed-in camat (or Plt./Plh.) and archived together with the report's evidence
     * files; called inside the sign-off's transaction so a report is never DITANDATANGANI without its signed original
     * and its evidence in the archive.
     */
    String terbitkan(long laporanId, String tempat, LocalDate tanggal) {
        LaporanData l = evaluasi.laporan(laporanId);
        KecamatanData kec = organisasi.kecamatan(l.kecamatanId());
        TandaTangan camat = dokumen.tandaTanganSaya(l.kecamatanId(), Peran.CAMAT,
                kec.jabatanCamat(), tempat, tanggal);
        String kode = dokumen.terbitkan(susun(l, camat, false)).kode();
        arsipkanBukti(l, kode);
        return kode;
    }

    /**
     * The report's evidence files go into the archive with its signed original: each once, with its SHA-256, titled
     * after the report and the row it supports, in the yearly ZIP's {@code bukti/}. Read one file at a time, so a
     * report with many large files is never held in memory at once.
     */
    private void arsipkanBukti(LaporanData l, String arsipKode) {
        String judul = DokumenLaporanEvaluasi.judul(l);
        for (PenyimpananBukti.BuktiLaporan b : bukti.semuaDariLaporan(l.id())) {
            byte[] isi = bukti.berkas(b.id()).isi();
            if (!PenyimpananBukti.sha256(isi).equals(b.sha256())) {
                // never archive as evidence anything but what was uploaded and verified
                throw new IllegalStateException("Bukti " + b.id() + " tidak sama dengan sidik SHA-256 saat diunggah");
            }
            dokumen.simpanBuktiDokumen(arsipKode, JENIS_BUKTI, "Bukti " + b.kode() + " – " + judul,
                    namaDenganEkstensi(b.nama(), b.jenis()), isi, b.diunggahOleh(), b.diunggahPada());
        }
    }

    /** The name as uploaded, with the extension of what the file really is (checked by its content at upload). */
    static String namaDenganEkstensi(String nama, String jenis) {
        String ekstensi = switch (jenis) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        String kecil = nama.toLowerCase(Locale.ROOT);
        boolean sesuai = kecil.endsWith(ekstensi) || (ekstensi.equals(".jpg") && kecil.endsWith(".jpeg"));
        return sesuai ? nama : nama + ekstensi;
    }

    private Dokumen susun(LaporanData l, TandaTangan camat, boolean draf) {
        KecamatanData kec = organisasi.kecamatan(l.kecamatanId());
        long renjaId = evaluasi.evaluasi(l.evaluasiId()).renjaId();
        var pk = perjanjianKinerja.perjanjianKinerja(renjaId, l.unitKerjaId());
        var ra = rencanaAksi.baris(renjaId, l.unitKerjaId());
        List<String> kepala = new ArrayList<>();
        if (l.pengajuNama() != null) {
            kepala.add(kec.tempatSurat() + ", " + FormatIndonesia.tanggal(l.diajukanPada(), clock.getZone()));
            kepala.addAll(pejabat(l.kecamatanId(), l.pengajuJabatan(), l.pengajuNama()));
        }
        List<String> sekcam = l.verifikatorNama() == null ? List.of() : pejabat(l.kecamatanId(), l.verifikatorJabatan(), l.verifikatorNama());
        return DokumenLaporanEvaluasi.susun(l, pk, ra, kec.nama(), kec.kabupatenNama() == null ? "" : kec.kabupatenNama(),
                kepala, sekcam, camat, draf);
    }

    /** Jabatan, name, pangkat and NIP of an official as printed under a signature. */
    private List<String> pejabat(long kecamatanId, String jabatan, String nama) {
        List<String> baris = new ArrayList<>(List.of(Objects.toString(jabatan, "") + ",", nama));
        organisasi.pegawai(kecamatanId).stream().filter(p -> Objects.equals(p.nama(), nama)).findFirst().ifPresent((PegawaiData p) -> {
            if (p.pangkatGolongan() != null) {
                baris.add("Pangkat/Gol. : " + p.pangkatGolongan().tertulis());
            }
            if (p.nip() != null) {
                baris.add("NIP : " + Nip.of(p.nip()).tertulis());
            }
        });
        return baris;
    }

    private static String nama(LaporanData l, boolean draf, String ekstensi) {
        return ("Laporan-Evaluasi-TW-" + FormatIndonesia.triwulan(l.triwulan()) + "-" + l.tahun() + "-" + l.unitNama()
                + (draf ? "-DRAF" : "")).replaceAll("[^A-Za-z0-9]+", "-") + "." + ekstensi;
    }
}
