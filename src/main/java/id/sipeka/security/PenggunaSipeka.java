package id.sipeka.security;

import java.io.Serial;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: account, pegawai, kecamatan, unit and acting assignments. Rights that depend on a date
 * (Plt./Plh.) are always asked with a date, so an assignment counts only inside its period.
 */
public final class PenggunaSipeka implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long akunId;
    private final String username;
    private String passwordHash;
    private final boolean aktif;
    /** Locked by the admin (never by failed sign-ins: those are held back per address, PembatasMasuk). */
    private final boolean terkunci;
    private final Peran peran;
    private final Long pegawaiId;
    private final String nama;
    private final String jabatan;
    private final Long kecamatanId;
    private final String kecamatanNama;
    private final Long kabupatenId;
    private final Long unitKerjaId;
    private final String unitNama;
    private final List<Penugasan> penugasan;
    private final LocalDate tanggalLogin;

    public PenggunaSipeka(long akunId, String username, String passwordHash, boolean aktif, boolean terkunci,
            Peran peran, Long pegawaiId, String nama, String jabatan, Long kecamatanId, String kecamatanNama,
            Long kabupatenId, Long unitKerjaId, String unitNama, List<Penugasan> penugasan, LocalDate tanggalLogin) {
        this.akunId = akunId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.aktif = aktif;
        this.terkunci = terkunci;
        this.peran = Objects.requireNonNull(peran);
        this.pegawaiId = pegawaiId;
        this.nama = nama;
        this.jabatan = jabatan;
        this.kecamatanId = kecamatanId;
        this.kecamatanNama = kecamatanNama;
        this.kabupatenId = kabupatenId;
        this.unitKerjaId = unitKerjaId;
        this.unitNama = unitNama;
        this.penugasan = List.copyOf(penugasan);
        this.tanggalLogin = tanggalLogin;
    }

    /** Holds the role on that date, by account or by a valid acting assignment. */
    public boolean punyaPeran(Peran diminta, LocalDate tanggal) {
        return peran == diminta || penugasanPada(tanggal).stream().anyMatch(p -> p.peran() == diminta);
    }

    /** Heads the unit on that date: its kasi/kasubag, or Plt./Plh. of it. */
    public boolean kepalaUnit(long unitId, LocalDate tanggal) {
        if (peran == Peran.KEPALA_UNIT && Objects.equals(unitKerjaId, unitId)) {
            return true;
        }
        return penugasanPada(tanggal).stream()
                .anyMatch(p -> p.peran() == Peran.KEPALA_UNIT && Objects.equals(p.unitKerjaId(), unitId));
    }

    /** Works in the unit on that date: its head or one of its staf. */
    public boolean anggotaUnit(long unitId, LocalDate tanggal) {
        return kepalaUnit(unitId, tanggal) || (peran == Peran.STAF && Objects.equals(unitKerjaId, unitId));
    }

    public List<Penugasan> penugasanPada(LocalDate tanggal) {
        return penugasan.stream().filter(p -> p.berlakuPada(tanggal)).toList();
    }

    /** The jabatan to show and sign with on that date: an acting assignment wins, written with Plt./Plh. */
    public String jabatanPada(LocalDate tanggal) {
        return penugasanPada(tanggal).stream().findFirst().map(Penugasan::jabatanTertulis).orElse(jabatan);
    }

    /** Authorities for view access: the account's role plus acting roles valid on the day of login. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> hasil = new LinkedHashSet<>();
        hasil.add(new SimpleGrantedAuthority(peran.authority()));
        penugasanPada(tanggalLogin).forEach(p -> hasil.add(new SimpleGrantedAuthority(p.peran().authority())));
        return hasil;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !terkunci;
    }

    @Override
    public boolean isEnabled() {
        return aktif;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    public long akunId() {
        return akunId;
    }

    public Peran peran() {
        return peran;
    }

    public Long pegawaiId() {
        return pegawaiId;
    }

    public String nama() {
        return nama;
    }

    public String jabatan() {
        return jabatan;
    }

    public Long kecamatanId() {
        return kecamatanId;
    }

    public String kecamatanNama() {
        return kecamatanNama;
    }

    public Long kabupatenId() {
        return kabupatenId;
    }

    public Long unitKerjaId() {
        return unitKerjaId;
    }

    public String unitNama() {
        return unitNama;
    }

    public List<Penugasan> penugasan() {
        return penugasan;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PenggunaSipeka other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
