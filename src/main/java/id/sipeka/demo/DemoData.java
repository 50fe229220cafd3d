package id.sipeka.demo;

import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.JenisDesa;
import id.sipeka.organisasi.JenisUnit;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.PenugasanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PangkatGolongan;
import id.sipeka.organisasi.PosisiPlt;
import id.sipeka.renstra.HasilImpor;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.security.Peran;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Creates the demo kecamatan. Every demo account has the password {@link #SANDI_DEMO}; it exists only on the
 * embedded default database (see {@link DemoDataLoader}).
 */
@Component
public class DemoData {

    public static final String SANDI_DEMO = "sipeka-demo";

    private final OrganisasiService organisasi;
    private final AkunService akun;
    private final ImporRenstraService renstra;
    private final ObjectMapper json;

    DemoData(OrganisasiService organisasi, AkunService akun, ImporRenstraService renstra, ObjectMapper json) {
        this.organisasi = organisasi;
        this.akun = akun;
        this.renstra = renstra;
        this.json = json;
    }

    /** Runs as one transaction: the demo is there completely or not at all. */
    @Transactional
    public List<HasilImpor> muat() {
        KabupatenData lutim = organisasi.simpanKabupaten(new KabupatenData(null, "7324", "Luwu Timur", 0));
        HasilImpor kalaena = kalaena(lutim);
        HasilImpor wasuponda = wasuponda(lutim);
        akun.buat("admin", SANDI_DEMO, Peran.ADMIN, null, null);
        akun.buat("viewer.lutim", SANDI_DEMO, Peran.VIEWER_KABUPATEN, null, lutim.id());
        return List.of(kalaena, wasuponda);
    }

    private HasilImpor kalaena(KabupatenData kab) {
        KecamatanData kec = organisasi.simpanKecamatan(new KecamatanData(null, kab.id(), null, "KALAENA", "Kalaena", "Kalaena Kiri", 0));
        for (String desa : List.of("Argomulyo", "Kalaena Kiri", "Pertasi Kencana", "Sumber Agung", "Non Blok",
                "Sumber Makmur", "Mekarsari")) {
            organisasi.simpanDesa(new DesaData(null, kec.id(), desa, JenisDesa.DESA, 0));
        }
        Map<String, UnitData> unit = new HashMap<>();
        int urutan = 0;
        for (String[] u : new String[][] {
                {"CAMAT", "Camat", "PIMPINAN", "Camat Kalaena"},
                {"SEKCAM", "Sekretariat", "SEKRETARIAT", "Sekretaris Camat"},
                {"SUBBAG-PK", "Sub Bagian Perencanaan dan Kepegawaian", "SUB_BAGIAN", "Kepala Sub Bagian Perencanaan dan Kepegawaian"},
                {"SUBBAG-UK", "Sub Bagian Umum dan Keuangan", "SUB_BAGIAN", "Kepala Sub Bagian Umum dan Keuangan"},
                {"SEKSI-PEM", "Seksi Pemerintahan Umum", "SEKSI", "Kepala Seksi Pemerintahan Umum"},
                {"SEKSI-PMD", "Seksi Pemberdayaan Masyarakat dan Desa", "SEKSI", "Kepala Seksi Pemberdayaan Masyarakat dan Desa"},
                {"SEKSI-TRANTIB", "Seksi Ketentraman dan Ketertiban Umum", "SEKSI", "Kepala Seksi Ketentraman dan Ketertiban Umum"},
                {"SEKSI-PU", "Seksi Pelayanan Umum", "SEKSI", "Kepala Seksi Pelayanan Umum"}}) {
            unit.put(u[0], organisasi.simpanUnit(new UnitData(null, kec.id(), u[0], u[1], JenisUnit.valueOf(u[2]), u[3], urutan++, 0)));
        }
        // Demo people: the camat as named in the Renstra; the others are invented, with valid NIPs.
        orang(kec, unit.get("CAMAT"), "H. Marsuki, S.Pd., M.M.", "197703292008011008", PangkatGolongan.IV_B, "Camat Kalaena", "camat", Peran.CAMAT);
        orang(kec, unit.get("SEKCAM"), "Andi Rahmawati, S.STP., M.Si.", "198204152006042003", PangkatGolongan.IV_A, "Sekretaris Camat", "sekcam", Peran.SEKCAM);
        orang(kec, unit.get("SUBBAG-PK"), "Nurhayati, S.E.", "198607222010012015", PangkatGolongan.III_D, "Kepala Sub Bagian Perencanaan dan Kepegawaian", "kasubag.pk", Peran.KEPALA_UNIT);
        orang(kec, unit.get("SUBBAG-UK"), "Muhammad Arif, S.AP.", "198811032011011004", PangkatGolongan.III_C, "Kepala Sub Bagian Umum dan Keuangan", "kasubag.uk", Peran.KEPALA_UNIT);
        PegawaiData kasiPem = orang(kec, unit.get("SEKSI-PEM"), "Syamsul Bahri, S.Sos.", "197905112005011007", PangkatGolongan.III_D, "Kepala Seksi Pemerintahan Umum", "kasi.pem", Peran.KEPALA_UNIT);
        orang(kec, unit.get("SEKSI-PMD"), "Hasnah, S.Pd.", "198302182009022006", PangkatGolongan.III_C, "Kepala Seksi Pemberdayaan Masyarakat dan Desa", "kasi.pmd", Peran.KEPALA_UNIT);
        orang(kec, unit.get("SEKSI-TRANTIB"), "Yusuf Palallo, S.H.", "198012302008011012", PangkatGolongan.III_D, "Kepala Seksi Ketentraman dan Ketertiban Umum", "kasi.trantib", Peran.KEPALA_UNIT);
        orang(kec, unit.get("SEKSI-PU"), "Wahyuni, S.Kom.", "199005062015032001", PangkatGolongan.III_B, "Kepala Seksi Pelayanan Umum", "kasi.pu", Peran.KEPALA_UNIT);
        orang(kec, unit.get("SEKSI-PEM"), "Rizky Pratama, A.Md.", "199507172019031002", PangkatGolongan.II_D, "Pengadministrasi Pemerintahan", "staf.pem", Peran.STAF);
        // A finished acting assignment: the Kasi Pemerintahan Umum was Plh. Sekretaris Camat during a leave.
        organisasi.simpanPenugasan(new PenugasanData(null, kec.id(), kasiPem.id(), "Plh.", PosisiPlt.SEKCAM, null,
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 14), "800/12/KEC-KLN/III/2025", 0));
        return impor(kec, "demo/renstra-kalaena-2025-2029.json");
    }

    private HasilImpor wasuponda(KabupatenData kab) {
        KecamatanData kec = organisasi.simpanKecamatan(new KecamatanData(null, kab.id(), null, "WASUPONDA", "Wasuponda", "Wasuponda", 0));
        for (String desa : List.of("Balambano", "Ledu-Ledu", "Wasuponda")) {
            organisasi.simpanDesa(new DesaData(null, kec.id(), desa, JenisDesa.DESA, 0));
        }
        UnitData camat = organisasi.simpanUnit(new UnitData(null, kec.id(), "CAMAT", "Camat", JenisUnit.PIMPINAN, "Camat Wasuponda", 0, 0));
        UnitData sekcam = organisasi.simpanUnit(new UnitData(null, kec.id(), "SEKCAM", "Sekretariat", JenisUnit.SEKRETARIAT, "Sekretaris Camat", 1, 0));
        UnitData pel = organisasi.simpanUnit(new UnitData(null, kec.id(), "SEKSI-PEL", "Seksi Pelayanan", JenisUnit.SEKSI, "Kepala Seksi Pelayanan", 2, 0));
        orang(kec, camat, "Baso Mappiasse, S.Sos., M.Si.", "197601102003121005", PangkatGolongan.IV_A, "Camat Wasuponda", "wasuponda.camat", Peran.CAMAT);
        orang(kec, sekcam, "Rosmiati, S.E.", "198109092006042010", PangkatGolongan.III_D, "Sekretaris Camat", "wasuponda.sekcam", Peran.SEKCAM);
        orang(kec, pel, "Ilham Saputra, S.AP.", "199203142015031003", PangkatGolongan.III_B, "Kepala Seksi Pelayanan", "wasuponda.kasi", Peran.KEPALA_UNIT);
        return impor(kec, "demo/renstra-wasuponda-2025-2029.json");
    }

    private PegawaiData orang(KecamatanData kec, UnitData unit, String nama, String nip, PangkatGolongan pangkat,
            String jabatan, String username, Peran peran) {
        PegawaiData p = organisasi.simpanPegawai(new PegawaiData(null, kec.id(), unit.id(), nama, nip, pangkat, jabatan, 0));
        akun.buat(username, SANDI_DEMO, peran, p.id(), null);
        return p;
    }

    private HasilImpor impor(KecamatanData kec, String sumber) {
        try (InputStream in = new ClassPathResource(sumber).getInputStream()) {
            return renstra.imporJson(kec.id(), json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
