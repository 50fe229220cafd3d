package id.sipeka.dokumen;

import id.sipeka.BasisDataUji;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Settings for the Spring tests of the document module. */
public final class UjiDokumen {

    private UjiDokumen() {
    }

    /**
     * Archive and keys under target/, never in ./data. Flowable looks for its tables in this run's database only:
     * otherwise MariaDB's metadata also answers from another run's database on the same server, and Flowable then
     * "upgrades" a schema that does not exist here.
     */
    public static void properti(DynamicPropertyRegistry registry) {
        registry.add("sipeka.dokumen.direktori-arsip", () -> "target/uji-dokumen/arsip");
        registry.add("sipeka.dokumen.direktori-kunci", () -> "target/uji-dokumen/kunci");
        registry.add("flowable.database-catalog", BasisDataUji::namaBasisData);
    }
}
