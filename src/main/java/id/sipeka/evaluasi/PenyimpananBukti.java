package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Pesan;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.BuktiData;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evidence files of the reports, in the database beside the report (plain JDBC: listing never loads the content).
 * Only PDF, PNG and JPEG are accepted, recognised by their first bytes rather than by the name a user gave them.
 */
@Component
class PenyimpananBukti {

    private final JdbcClient jdbc;
    private final EvaluasiProperties properties;
    private final Clock clock;

    PenyimpananBukti(JdbcClient jdbc, EvaluasiProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    BuktiData simpan(long laporanBarisId, String nama, byte[] isi, String username) {
        if (isi == null || isi.length == 0) {
            throw new AturanDilanggarException(Pesan.get("bukti.kosong"));
        }
        if (isi.length > properties.batasBuktiByte()) {
            throw new AturanDilanggarException(Pesan.get("bukti.terlaluBesar", nama, properties.batasBuktiByte() / (1024 * 1024)));
        }
        String jenis = jenis(isi).orElseThrow(() -> new AturanDilanggarException(Pesan.get("bukti.jenisDitolak", nama)));
        String namaBersih = nama == null || nama.isBlank() ? "bukti" : nama.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (namaBersih.length() > 200) {
            namaBersih = namaBersih.substring(namaBersih.length() - 200);
        }
        String hash = sha256(isi);
        jdbc.sql("INSERT INTO laporan_bukti (laporan_baris_id, nama, jenis, ukuran, sha256, isi, diunggah_pada, diunggah_oleh)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(laporanBarisId, namaBersih, jenis, isi.length, hash, isi, Timestamp.from(clock.instant()), username)
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM laporan_bukti WHERE laporan_baris_id = ? AND sha256 = ?")
                .params(laporanBarisId, hash).query(Long.class).single();
        return new BuktiData(id, namaBersih, jenis, isi.length, hash);
    }

    Map<Long, List<BuktiData>> daftar(Collection<Long> barisIds) {
        if (barisIds.isEmpty()) {
            return Map.of();
        }
        record Baris(long barisId, BuktiData bukti) {
        }
        return jdbc.sql("SELECT id, laporan_baris_id, nama, jenis, ukuran, sha256 FROM laporan_bukti"
                + " WHERE laporan_baris_id IN (:ids) ORDER BY id")
                .param("ids", barisIds)
                .query((rs, i) -> new Baris(rs.getLong("laporan_baris_id"), new BuktiData(rs.getLong("id"),
                        rs.getString("nama"), rs.getString("jenis"), rs.getLong("ukuran"), rs.getString("sha256"))))
                .list().stream()
                .collect(Collectors.groupingBy(Baris::barisId, Collectors.mapping(Baris::bukti, Collectors.toList())));
    }

    /** One evidence file of a report as the archive needs it, without its content (read one at a time, {@link #berkas}). */
    record BuktiLaporan(long id, String kode, String nama, String jenis, String sha256, String diunggahOleh,
            Instant diunggahPada) {
    }

    /** Every evidence file of a report, by row (kode) and upload order. */
    List<BuktiLaporan> semuaDariLaporan(long laporanId) {
        return jdbc.sql("SELECT b.id, lb.kode, b.nama, b.jenis, b.sha256, b.diunggah_oleh, b.diunggah_pada"
                + " FROM laporan_bukti b JOIN laporan_baris lb ON lb.id = b.laporan_baris_id"
                + " WHERE lb.laporan_id = ? ORDER BY lb.kode, b.id")
                .param(laporanId)
                .query((rs, i) -> new BuktiLaporan(rs.getLong("id"), rs.getString("kode"), rs.getString("nama"),
                        rs.getString("jenis"), rs.getString("sha256"), rs.getString("diunggah_oleh"),
                        rs.getTimestamp("diunggah_pada").toInstant()))
                .list();
    }

    /** The laporan_baris a file belongs to, if it exists. */
    Optional<Long> barisDari(long buktiId) {
        return jdbc.sql("SELECT laporan_baris_id FROM laporan_bukti WHERE id = ?").param(buktiId).query(Long.class).optional();
    }

    Berkas berkas(long buktiId) {
        return jdbc.sql("SELECT nama, jenis, isi FROM laporan_bukti WHERE id = ?").param(buktiId)
                .query((rs, i) -> new Berkas(rs.getString("nama"), rs.getString("jenis"), rs.getBytes("isi")))
                .optional().orElseThrow(DataTidakDitemukanException::new);
    }

    void hapus(long buktiId) {
        jdbc.sql("DELETE FROM laporan_bukti WHERE id = ?").param(buktiId).update();
    }

    /** PDF, PNG or JPEG by their magic numbers; anything else (an .exe renamed .pdf, HTML, …) is refused. */
    static Optional<String> jenis(byte[] isi) {
        if (mulai(isi, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (mulai(isi, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (mulai(isi, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean mulai(byte[] isi, int... awal) {
        if (isi.length < awal.length) {
            return false;
        }
        for (int i = 0; i < awal.length; i++) {
            if ((isi[i] & 0xFF) != awal[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
