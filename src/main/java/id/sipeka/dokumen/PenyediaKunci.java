package id.sipeka.dokumen;

/**
 * Signing with a key SIPEKA holds itself: {@code sendiri} (self-issued certificates in SIPEKA's own keystore) or
 * {@code pkcs12} (a configured keystore, e.g. certificates issued by a CA, alias = NIP). The signature is SIPEKA's
 * own PAdES B-B CMS ({@link TandaTanganPdf}).
 */
final class PenyediaKunci implements PenyediaTandaTangan {

    private final String nama;
    private final KunciPenandatangan kunci;

    PenyediaKunci(String nama, KunciPenandatangan kunci) {
        this.nama = nama;
        this.kunci = kunci;
    }

    @Override
    public String nama() {
        return nama;
    }

    @Override
    public boolean siap(String nip) {
        return kunci.ada(nip);
    }

    /** The key first: a signer whose key is not ready is refused (or waits for it) before anything is rendered. */
    @Override
    public void sebelumRender(TandaTangan penanda, String instansi, String nik, KredensialTandaTangan kredensial) {
        kunci.untuk(penanda, instansi);
    }

    @Override
    public byte[] tandatangani(Permintaan p) {
        KunciPenandatangan.Kunci k = kunci.untuk(p.penanda(), p.instansi());
        return TandaTanganPdf.tandatangani(p.pdf(), k, p.penanda(), p.alasan(), p.waktu());
    }
}
