package id.sipeka.renja;

import id.sipeka.dokumen.BerkasArsip;
import id.sipeka.dokumen.BerkasLampiran;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.renja.RenjaData.BerkasDokumen;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Renja's documents for whoever may read its kecamatan. Before penetapan every stage downloads as a PDF marked
 * DRAF, a DOCX and an XLSX, never signed. Once ditetapkan the PDF is the signed original from the archive (signed
 * once, in the penetapan's own transaction); DOCX and XLSX stay editable copies of the same content. The berita
 * acara of the forum likewise: a draft until the sekcam closes the forum, the signed original afterwards.
 */
@Service
@Transactional(readOnly = true)
public class RenjaDokumenService {

    private final RenjaQueryService renja;
    private final DokumenService dokumen;

    RenjaDokumenService(RenjaQueryService renja, DokumenService dokumen) {
        this.renja = renja;
        this.dokumen = dokumen;
    }

    /** The document model as printed at the Renja's current stage (a draft before penetapan). */
    public Dokumen dokumen(long renjaId) {
        IsiRenja isi = renja.isiDokumen(renjaId);
        return DokumenRenja.susun(isi, !ditetapkan(isi));
    }

    public BerkasDokumen pdf(long renjaId) {
        IsiRenja isi = renja.isiDokumen(renjaId);
        if (ditetapkan(isi) && isi.renja().penetapanArsipKode() != null) {
            BerkasArsip asli = dokumen.unduh(isi.renja().penetapanArsipKode());
            return new BerkasDokumen(asli.arsip().namaBerkas(), BerkasDokumen.PDF, asli.isi());
        }
        Dokumen draf = DokumenRenja.susun(isi, true);
        return new BerkasDokumen(nama(draf, true, "pdf"), BerkasDokumen.PDF, dokumen.pdfDraf(draf));
    }

    public BerkasDokumen docx(long renjaId) {
        Dokumen d = dokumen(renjaId);
        return new BerkasDokumen(nama(d, d.draf(), "docx"), BerkasDokumen.DOCX, dokumen.docx(d));
    }

    public BerkasDokumen xlsx(long renjaId) {
        Dokumen d = dokumen(renjaId);
        return new BerkasDokumen(nama(d, d.draf(), "xlsx"), BerkasDokumen.XLSX, dokumen.xlsx(d));
    }

    /** The berita acara: signed once the forum is closed, a draft once its date is recorded, nothing before. */
    public Optional<BerkasDokumen> beritaAcaraPdf(long renjaId) {
        IsiRenja isi = renja.isiDokumen(renjaId);
        if (isi.renja().beritaAcaraArsipKode() != null) {
            BerkasArsip asli = dokumen.unduh(isi.renja().beritaAcaraArsipKode());
            return Optional.of(new BerkasDokumen(asli.arsip().namaBerkas(), BerkasDokumen.PDF, asli.isi()));
        }
        if (isi.forum().tanggal() == null) {
            return Optional.empty();
        }
        Dokumen draf = DokumenBeritaAcara.susun(isi, renja.sekcamUntukDraf(renjaId), true);
        return Optional.of(new BerkasDokumen(nama(draf, true, "pdf"), BerkasDokumen.PDF, dokumen.pdfDraf(draf)));
    }

    public Optional<BerkasDokumen> beritaAcaraDocx(long renjaId) {
        IsiRenja isi = renja.isiDokumen(renjaId);
        if (isi.forum().tanggal() == null) {
            return Optional.empty();
        }
        boolean draf = isi.renja().beritaAcaraArsipKode() == null;
        Dokumen d = DokumenBeritaAcara.susun(isi, renja.sekcamUntukDraf(renjaId), draf);
        return Optional.of(new BerkasDokumen(nama(d, draf, "docx"), BerkasDokumen.DOCX, dokumen.docx(d)));
    }

    /** The uploaded scan of the hand-signed berita acara, as archived. */
    public Optional<BerkasDokumen> beritaAcaraUnggahan(long renjaId) {
        String kode = renja.ringkas(renjaId).beritaAcaraBuktiKode();
        if (kode == null) {
            return Optional.empty();
        }
        BerkasLampiran berkas = dokumen.unduhLampiran(kode);
        return Optional.of(new BerkasDokumen(berkas.lampiran().namaBerkas(), berkas.lampiran().tipeMedia(), berkas.isi()));
    }

    private static boolean ditetapkan(IsiRenja isi) {
        return isi.renja().tahap() == Tahap.DITETAPKAN;
    }

    /** "Renja-Kecamatan-Kalaena-2026-Rancangan-Akhir-DRAF.docx". */
    static String nama(Dokumen d, boolean draf, String ekstensi) {
        var m = d.metadata();
        return (m.jenis() + "-" + m.instansi() + "-" + m.tahun() + "-" + m.tahap() + (draf ? "-DRAF" : ""))
                .replaceAll("[^A-Za-z0-9]+", "-") + "." + ekstensi;
    }
}
