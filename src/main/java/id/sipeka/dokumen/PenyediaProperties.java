package id.sipeka.dokumen;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Which provider signs the documents of a kabupaten ({@code sipeka.dokumen.penyedia.*}): {@code sendiri}
 * (self-issued keys), {@code pkcs12} (the configured keystore) or {@code bsre} (BSrE's Esign Client Service).
 *
 * @param bawaan for every kabupaten not listed; empty: {@code pkcs12} when a keystore is configured, else
 *               {@code sendiri} (what SIPEKA did before providers existed)
 * @param kabupaten per kabupaten code (as in the organisation data, case-insensitive), e.g. {@code LUTIM=bsre}
 */
@ConfigurationProperties("sipeka.dokumen.penyedia")
public record PenyediaProperties(String bawaan, Map<String, String> kabupaten) {

    @ConstructorBinding
    public PenyediaProperties {
        bawaan = bawaan == null || bawaan.isBlank() ? null : bawaan.strip().toLowerCase(Locale.ROOT);
        TreeMap<String, String> rapi = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (kabupaten != null) {
            kabupaten.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    rapi.put(k.strip(), v.strip().toLowerCase(Locale.ROOT));
                }
            });
        }
        kabupaten = rapi;
    }
}
