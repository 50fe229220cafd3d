package id.sipeka.dokumen;

import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiService;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The signing provider of each kabupaten, from {@link PenyediaProperties}. Checked at start-up: a provider name that
 * does not exist, {@code pkcs12} without a keystore or {@code bsre} without its URL stop SIPEKA from starting, rather
 * than failing at the first signature of that kabupaten.
 */
@Component
class PilihanPenyedia implements DisposableBean {

    private static final Set<String> NAMA = Set.of("sendiri", "pkcs12", "bsre");

    private final PenyediaProperties properties;
    private final OrganisasiService organisasi;
    private final String bawaan;
    private final Map<String, PenyediaTandaTangan> penyedia = new LinkedHashMap<>();
    private KunciPenandatangan kunciSendiriTambahan;

    PilihanPenyedia(PenyediaProperties properties, DokumenProperties dokumen, BsreProperties bsre, KunciPenandatangan kunci,
            ObjectMapper json, Clock clock, OrganisasiService organisasi) {
        this.properties = properties;
        this.organisasi = organisasi;
        this.bawaan = properties.bawaan() != null ? properties.bawaan() : kunci.dariKeystore() ? "pkcs12" : "sendiri";
        for (String nama : dipakai()) {
            if (!NAMA.contains(nama)) {
                throw new IllegalStateException("Penyedia tanda tangan tidak dikenal: '" + nama
                        + "' (sipeka.dokumen.penyedia.*: sendiri, pkcs12 atau bsre)");
            }
            switch (nama) {
                case "pkcs12" -> {
                    if (!kunci.dariKeystore()) {
                        throw new IllegalStateException("Penyedia pkcs12 memerlukan sipeka.dokumen.keystore");
                    }
                    penyedia.put(nama, new PenyediaKunci(nama, kunci));
                }
                case "sendiri" -> {
                    // with a configured keystore the module's key bean reads it; own keys then need their own store
                    KunciPenandatangan sendiri = kunci;
                    if (kunci.dariKeystore()) {
                        sendiri = kunciSendiriTambahan = new KunciPenandatangan(dokumen, clock, false);
                    }
                    penyedia.put(nama, new PenyediaKunci(nama, sendiri));
                }
                default -> {
                    if (bsre.url() == null) {
                        throw new IllegalStateException("Penyedia bsre memerlukan sipeka.dokumen.bsre.url");
                    }
                    penyedia.put(nama, new PenyediaBsre(new KlienBsre(bsre, json)));
                }
            }
        }
    }

    private Set<String> dipakai() {
        var semua = new java.util.TreeSet<String>();
        semua.add(bawaan);
        semua.addAll(properties.kabupaten().values());
        return semua;
    }

    /**
     * The provider of the kecamatan's kabupaten, for a caller who may read the kecamatan (the kabupaten's code is
     * read through the caller's own view of the kabupaten list).
     */
    PenyediaTandaTangan untukKecamatan(long kecamatanId) {
        Long kabupatenId = organisasi.kecamatan(kecamatanId).kabupatenId();
        return untuk(organisasi.semuaKabupaten().stream().filter(k -> Objects.equals(k.id(), kabupatenId))
                .map(KabupatenData::kode).findFirst().orElse(null));
    }

    /** The provider of the kabupaten with this code (null: the default one). */
    PenyediaTandaTangan untuk(String kodeKabupaten) {
        String nama = kodeKabupaten == null ? null : properties.kabupaten().get(kodeKabupaten.strip());
        return penyedia.get(nama == null ? bawaan : nama);
    }

    @Override
    public void destroy() {
        if (kunciSendiriTambahan != null) {
            kunciSendiriTambahan.destroy();
        }
    }
}
