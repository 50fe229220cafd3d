package id.sipeka.evaluasi;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.dokumen.BerkasArsip;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recap of a quarter, and at TW IV the year's evaluation, as documents. Drafts until the camat signs the recap;
 * at that signature each final PDF is produced once, signed with the camat's key and archived, and from then on the
 * PDF is that original. DOCX and XLSX are editable copies of the same content.
 */
@Service
public class RekapDokumenService {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EvaluasiQueryService evaluasi;
    private final RekapEvaluasiService rekap;
    private final OrganisasiService organisasi;
    private final DokumenService dokumen;

    RekapDokumenService(EvaluasiQueryService evaluasi, RekapEvaluasiService rekap, OrganisasiService organisasi, DokumenService dokumen) {
        this.evaluasi = evaluasi;
        this.rekap = rekap;
        this.organisasi = organisasi;
        this.dokumen = dokumen;
    }

    /** The document as printed now (a draft until the camat has signed the recap). */
    @Transactional(readOnly = true)
    public Dokumen dokumen(long evaluasiId, boolean tahunan) {
        EvaluasiRingkas e = bolehTahunan(evaluasi.evaluasi(evaluasiId), tahunan);
        return susun(e, tahunan, null, arsipKode(e, tahunan) == null);
    }

    @Transactional(readOnly = true)
    public Berkas pdf(long evaluasiId, boolean tahunan) {
        EvaluasiRingkas e = bolehTahunan(evaluasi.evaluasi(evaluasiId), tahunan);
        String kode = arsipKode(e, tahunan);
        if (kode != null) {
            BerkasArsip asli = dokumen.unduh(kode);
            return new Berkas(asli.arsip().namaBerkas(), PDF, asli.isi());
        }
        return new Berkas(nama(e, tahunan, true, "pdf"), PDF, dokumen.pdfDraf(susun(e, tahunan, null, true)));
    }

    @Transactional(readOnly = true)
    public Berkas docx(long evaluasiId, boolean tahunan) {
        EvaluasiRingkas e = bolehTahunan(evaluasi.evaluasi(evaluasiId), tahunan);
        boolean draf = arsipKode(e, tahunan) == null;
        return new Berkas(nama(e, tahunan, draf, "docx"), DOCX, dokumen.docx(susun(e, tahunan, null, draf)));
    }

    @Transactional(readOnly = true)
    public Berkas xlsx(long evaluasiId, boolean tahunan) {
        EvaluasiRingkas e = bolehTahunan(evaluasi.evaluasi(evaluasiId), tahunan);
        boolean draf = arsipKode(e, tahunan) == null;
        return new Berkas(nama(e, tahunan, draf, "xlsx"), XLSX, dokumen.xlsx(susun(e, tahunan, null, draf)));
    }

    /**
     * The final PDF signed by the signed-in camat (or Plt./Plh.) and archived; called inside the recap signature's
     * transaction so a recap is never signed without its signed original.
     */
    String terbitkan(long evaluasiId, boolean tahunan, String tempat, LocalDate tanggal) {
        EvaluasiRingkas e = evaluasi.evaluasi(evaluasiId);
        KecamatanData kec = organisasi.kecamatan(e.kecamatanId());
        TandaTangan camat = dokumen.tandaTanganSaya(e.kecamatanId(), Peran.CAMAT,
                kec.jabatanCamat(), tempat, tanggal);
        return dokumen.terbitkan(susun(e, tahunan, camat, false)).kode();
    }

    private Dokumen susun(EvaluasiRingkas e, boolean tahunan, TandaTangan camat, boolean draf) {
        KecamatanData kec = organisasi.kecamatan(e.kecamatanId());
        return DokumenRekapEvaluasi.susun(rekap.rekap(e.kecamatanId(), e.tahun(), e.triwulan(), null, null), tahunan, kec.nama(),
                kec.kabupatenNama() == null ? "" : kec.kabupatenNama(), camat, draf);
    }

    /** The year's evaluation exists for TW IV only. */
    private static EvaluasiRingkas bolehTahunan(EvaluasiRingkas e, boolean tahunan) {
        if (tahunan && e.triwulan() != 4) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.tahunanHanyaTwIv"));
        }
        return e;
    }

    private static String arsipKode(EvaluasiRingkas e, boolean tahunan) {
        return tahunan ? e.tahunanArsipKode() : e.rekapArsipKode();
    }

    private static String nama(EvaluasiRingkas e, boolean tahunan, boolean draf, String ekstensi) {
        return ((tahunan ? "Evaluasi-Hasil-Renja-" + e.tahun() : "Rekap-Evaluasi-TW-" + FormatIndonesia.triwulan(e.triwulan()) + "-"
                + e.tahun()) + (draf ? "-DRAF" : "")).replaceAll("[^A-Za-z0-9]+", "-") + "." + ekstensi;
    }
}
