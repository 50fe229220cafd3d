package id.sipeka.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the login form and the REST API's Basic auth) behind {@link PembatasMasuk}: an account held
 * back at this address is refused before its password is checked, with exactly the answer a wrong password gets,
 * so a guesser learns nothing from it.
 */
class MasukTerbatas implements AuthenticationProvider {

    private final DaoAuthenticationProvider sandi;
    private final PembatasMasuk pembatas;

    MasukTerbatas(UserDetailsService pengguna, PasswordEncoder encoder, PembatasMasuk pembatas) {
        this.sandi = new DaoAuthenticationProvider(pengguna);
        this.sandi.setPasswordEncoder(encoder);
        this.pembatas = pembatas;
    }

    @Override
    public Authentication authenticate(Authentication permintaan) throws AuthenticationException {
        String username = permintaan.getName();
        String alamat = permintaan.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (pembatas.tertahan(username, alamat)) {
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication hasil = sandi.authenticate(permintaan);
            pembatas.berhasil(username, alamat);
            return hasil;
        } catch (BadCredentialsException e) {
            pembatas.gagal(username, alamat);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> jenis) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(jenis);
    }
}
