package id.sipeka.notifikasi;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WhatsApp gateway, in the shape Indonesian gateways use (an HTTP POST with a token header and the number and
 * message in the body). None is bundled or on by default: without {@code url} nothing is sent.
 *
 * @param url the gateway's send address, e.g. {@code https://api.fonnte.com/send}; empty: WhatsApp off
 * @param token the account's token, sent in {@code headerToken}; never logged
 * @param headerToken the header that carries the token, e.g. {@code Authorization}
 * @param badan the body template with {@code {nomor}} and {@code {pesan}}, e.g.
 *              {@code {"target":"{nomor}","message":"{pesan}"}}; values are escaped for {@code jenisIsi}
 * @param jenisIsi the body's content type: {@code application/json} or {@code application/x-www-form-urlencoded}
 * @param batasWaktu how long to wait for the gateway
 */
@ConfigurationProperties("sipeka.whatsapp")
record WhatsAppProperties(String url, String token, String headerToken, String badan, String jenisIsi, Duration batasWaktu) {
}
