package id.sipeka.dokumen;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The public verification behind a signed document's QR code ({@link DokumenService#infoPublik},
 * {@link DokumenService#cocokkan}): metadata only, and an uploaded copy compared with the archived original by its
 * SHA-256 and its own signatures. Open to anyone by design, so it answers nothing for an unknown or malformed code.
 */
@Component
class VerifikasiArsip {

    private static final Pattern KODE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ArsipRepository repository;

    VerifikasiArsip(ArsipRepository repository) {
        this.repository = repository;
    }

    Optional<InfoPublik> infoPublik(String kode) {
        return kodeSah(kode).flatMap(repository::findByKode).map(VerifikasiArsip::publik);
    }

    /** Runs in no transaction (the service method has none): a slow upload must not hold a database connection. */
    HasilPencocokan cocokkan(String kode, InputStream berkas) {
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

    /**
     * A code of the archive (signed document or attachment) as a UUID, or nothing: a malformed code from a URL or a
     * form is never looked up.
     */
    static Optional<String> kodeSah(String kode) {
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
            byte[] isi = in.readNBytes((int) BuktiUnggahan.BATAS_UNGGAH + 1);
            if (isi.length > BuktiUnggahan.BATAS_UNGGAH) {
                throw new AturanDilanggarException(Pesan.get("dokumen.berkasTerlaluBesar"));
            }
            return isi;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
