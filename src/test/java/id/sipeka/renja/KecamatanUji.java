package id.sipeka.renja;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.JenisUnit;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PangkatGolongan;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.security.Peran;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * A fresh kecamatan for load tests: n units, each with a head account and one sub kegiatan in a Renstra 2025–2029,
 * plus a sekcam and a camat. Accounts share the password {@link #SANDI}.
 */
public record KecamatanUji(long kecamatanId, String sekcam, String camat, List<Long> unit, List<String> kepala) {

    public static final String SANDI = "sandi-uji-beban";
    private static final AtomicLong NOMOR = new AtomicLong(System.nanoTime() % 100000);

    public static KecamatanUji siapkan(OrganisasiService organisasi, AkunService akun, ImporRenstraService renstra,
            UserDetailsService users, ObjectMapper json, int n) {
        Masuk.sebagai(users, "admin");
        String kode = "UJB" + NOMOR.incrementAndGet();
        KabupatenData kab = organisasi.semuaKabupaten().getFirst();
        KecamatanData kec = organisasi.simpanKecamatan(new KecamatanData(null, kab.id(), null, kode, "Uji " + kode, "Uji", 0));
        String sekcam = orang(organisasi, akun, kec, "SEKCAM", "Sekretariat", JenisUnit.SEKRETARIAT, Peran.SEKCAM, kode + ".sekcam", 0).username;
        String camat = orang(organisasi, akun, kec, "CAMAT", "Camat", JenisUnit.PIMPINAN, Peran.CAMAT, kode + ".camat", 1).username;
        List<Long> unit = new ArrayList<>();
        List<String> kepala = new ArrayList<>();
        StringBuilder nomenklatur = new StringBuilder("{\"kode\": \"7.01.02\", \"nama\": \"Program\"}, {\"kode\": \"7.01.02.2.04\", \"nama\": \"Kegiatan\"}");
        for (int i = 0; i < n; i++) {
            Orang o = orang(organisasi, akun, kec, "U" + i, "Unit " + i, JenisUnit.SEKSI, Peran.KEPALA_UNIT, kode + ".k" + i, i + 2);
            unit.add(o.unitId);
            kepala.add(o.username);
            nomenklatur.append(", {\"kode\": \"7.01.02.2.04.%04d\", \"nama\": \"Sub %d\", \"unit\": \"U%d\", \"satuan\": \"Laporan\", \"target\": {\"2026\": 4}, \"pagu\": {\"2026\": 1000000}}"
                    .formatted(i + 1, i, i));
        }
        renstra.imporJson(kec.id(), json.readTree("{\"tahunAwal\": 2025, \"tahunAkhir\": 2029, \"nomenklatur\": [" + nomenklatur + "]}"));
        return new KecamatanUji(kec.id(), sekcam, camat, unit, kepala);
    }

    /** A unit and its head's account. */
    public record Orang(long unitId, String username) {
    }

    /** One more seksi with a head in an existing kecamatan (no sub kegiatan of its own yet). */
    public static Orang tambahUnit(OrganisasiService organisasi, AkunService akun, UserDetailsService users,
            long kecamatanId, String kodeUnit) {
        Masuk.sebagai(users, "admin");
        KecamatanData kec = organisasi.kecamatan(kecamatanId);
        return orang(organisasi, akun, kec, kodeUnit, "Unit " + kodeUnit, JenisUnit.SEKSI, Peran.KEPALA_UNIT,
                kec.kode() + "." + kodeUnit.toLowerCase() + "." + NOMOR.incrementAndGet(), 20);
    }

    private static final AtomicLong NIP = new AtomicLong(System.nanoTime() % 1_000_000);

    /** A valid, unused NIP: birth date from the counter, appointed December 2004 (no demo NIP has that), sequence from the counter. */
    static String nipBaru() {
        long n = NIP.incrementAndGet();
        java.time.LocalDate lahir = java.time.LocalDate.of(1970, 1, 1).plusDays((n / 1000) % 11_000);
        return lahir.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "200412" + "1" + String.format("%03d", n % 1000);
    }

    private static Orang orang(OrganisasiService organisasi, AkunService akun, KecamatanData kec, String kodeUnit, String namaUnit,
            JenisUnit jenis, Peran peran, String username, int urutan) {
        UnitData u = organisasi.simpanUnit(new UnitData(null, kec.id(), kodeUnit, namaUnit, jenis, "Kepala " + namaUnit, urutan, 0));
        // A NIP and pangkat for everyone: the sekcam signs the berita acara and the camat the Renja.
        PegawaiData p = organisasi.simpanPegawai(new PegawaiData(null, kec.id(), u.id(), "Pejabat " + namaUnit, nipBaru(),
                PangkatGolongan.III_D, peran == Peran.CAMAT ? "Camat " + kec.nama() : "Kepala " + namaUnit, 0));
        akun.buat(username.toLowerCase(), SANDI, peran, p.id(), null);
        return new Orang(u.id(), username.toLowerCase());
    }
}
