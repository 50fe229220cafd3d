package id.sipeka.dokumen;

import id.sipeka.base.AlamatAplikasi;

import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Benchmarks only: the document work of one signature as {@link DokumenService#terbitkan} does it, without the
 * database — the signer's key from memory, the PDF/A rendered with its QR code, the PAdES signature. The XLSX copy is
 * not part of it (built after the step commits).
 */
public final class KerjaTandaTangan {

    private final KunciPenandatangan kunci;
    private final String urlPublik;

    public KerjaTandaTangan(ApplicationContext konteks) {
        this.kunci = konteks.getBean(KunciPenandatangan.class);
        this.urlPublik = konteks.getBean(AlamatAplikasi.class).alamat();
    }

    /** @return the signed PDF */
    public byte[] renderDanTandatangani(Dokumen dokumen) {
        TandaTangan penanda = dokumen.tandaTangan().getFirst();
        Metadata m = dokumen.metadata();
        KunciPenandatangan.Kunci k = kunci.untuk(penanda, m.instansi());
        String kode = UUID.randomUUID().toString();
        byte[] pdf = PdfDokumen.tulis(dokumen, new Pengesahan(kode, urlPublik + "/verifikasi/" + kode));
        return TandaTanganPdf.tandatangani(pdf, k, penanda, m.tahap() + " " + m.jenis() + " " + m.tahun(), Instant.now());
    }

    /** Whether the signer with this NIP has a key in memory/keystore (their key was issued). */
    public boolean adaKunci(String nip) {
        return kunci.ada(nip);
    }
}
