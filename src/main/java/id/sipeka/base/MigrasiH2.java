package id.sipeka.base;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 reads the same migrations as MariaDB, except where a landed migration was written in MariaDB's
 * dialect that H2 cannot parse (V66: one ALTER with CHANGE COLUMN … AFTER). A landed migration is never edited, so its
 * H2 reading lives in {@code db/h2/} under the same file name — the same changes, one per statement — and on H2 only
 * Flyway is given that text in its place. Every file there must stand for a migration of {@code db/migration/}.
 */
@Component
class MigrasiH2 implements FlywayConfigurationCustomizer {

    static final String LOKASI = "db/migration/";
    static final String PENGGANTI = "db/h2/";

    @Override
    public void customize(FluentConfiguration konfigurasi) {
        if (h2(konfigurasi.getDataSource())) {
            konfigurasi.resourceProvider(penyedia());
        }
    }

    private static boolean h2(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false; // Flyway reports the unreachable database itself
        }
    }

    /** The migrations of {@link #LOKASI} by file name, those {@link #PENGGANTI} holds read from there. */
    static ResourceProvider penyedia() {
        Map<String, LoadableResource> berkas = new TreeMap<>();
        baca(LOKASI).forEach(berkas::put);
        baca(PENGGANTI).forEach((nama, isi) -> {
            if (berkas.put(nama, isi) == null) {
                throw new IllegalStateException(PENGGANTI + nama + " menggantikan migrasi yang tidak ada di " + LOKASI);
            }
        });
        return new ResourceProvider() {
            @Override
            public LoadableResource getResource(String nama) {
                return berkas.get(nama.substring(nama.lastIndexOf('/') + 1));
            }

            @Override
            public Collection<LoadableResource> getResources(String awalan, String[] akhiran) {
                return berkas.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(awalan) && Arrays.stream(akhiran).anyMatch(e.getKey()::endsWith))
                        .map(Map.Entry::getValue).toList();
            }
        };
    }

    private static Map<String, LoadableResource> baca(String lokasi) {
        Map<String, LoadableResource> hasil = new TreeMap<>();
        try {
            for (var r : new PathMatchingResourcePatternResolver(MigrasiH2.class.getClassLoader())
                    .getResources("classpath*:" + lokasi + "*.sql")) {
                String nama = r.getFilename();
                hasil.put(nama, teks(lokasi + nama, nama, r.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hasil;
    }

    private static LoadableResource teks(String jalur, String nama, String isi) {
        return new LoadableResource() {
            @Override
            public Reader read() {
                return new StringReader(isi);
            }

            @Override
            public String getAbsolutePath() {
                return jalur;
            }

            @Override
            public String getAbsolutePathOnDisk() {
                return jalur;
            }

            @Override
            public String getFilename() {
                return nama;
            }

            @Override
            public String getRelativePath() {
                return nama;
            }
        };
    }
}
