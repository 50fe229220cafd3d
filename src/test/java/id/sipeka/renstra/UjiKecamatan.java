package id.sipeka.renstra;

import id.sipeka.organisasi.JenisUnit;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh, empty kecamatan with Kalaena's unit codes, so an import test never touches the demo data. */
final class UjiKecamatan {

    private static final AtomicInteger NOMOR = new AtomicInteger();

    private UjiKecamatan() {
    }

    /** Must run as admin. */
    static KecamatanData buat(OrganisasiService organisasi) {
        KabupatenData kab = organisasi.semuaKabupaten().getFirst();
        int n = NOMOR.incrementAndGet();
        KecamatanData kec = organisasi.simpanKecamatan(new KecamatanData(null, kab.id(), null, "UJI-" + System.nanoTime() % 100000 + "-" + n,
                "Uji " + n, "Uji", 0));
        String[] kode = {"CAMAT", "SEKCAM", "SUBBAG-PK", "SUBBAG-UK", "SEKSI-PEM", "SEKSI-PMD", "SEKSI-TRANTIB", "SEKSI-PU"};
        for (int i = 0; i < kode.length; i++) {
            organisasi.simpanUnit(new UnitData(null, kec.id(), kode[i], "Unit " + kode[i], i == 0 ? JenisUnit.PIMPINAN
                    : i == 1 ? JenisUnit.SEKRETARIAT : JenisUnit.SEKSI, "Kepala " + kode[i], i, 0));
        }
        return kec;
    }
}
