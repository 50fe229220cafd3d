package id.sipeka;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo user in for a service test, reading the account as a real login would (roles, unit, Plt./Plh.). */
public final class Masuk {

    private Masuk() {
    }

    public static void sebagai(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        var konteks = SecurityContextHolder.createEmptyContext();
        konteks.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(konteks);
    }

    public static void keluar() {
        SecurityContextHolder.clearContext();
    }
}
