package id.sipeka.notifikasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "langganan_surel")
class LanggananSurel {

    @Id
    String username;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    String email;
    @Enumerated(EnumType.STRING)
    CaraSurel cara;
    /** WhatsApp number in international form (62…), or null: messages by WhatsApp when the gateway is set. */
    @Column(name = "nomor_wa")
    String nomorWa;
    @Version
    long version;

    protected LanggananSurel() {
    }

    LanggananSurel(String username) {
        this.username = username;
    }
}
