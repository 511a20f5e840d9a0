package fr.education.traam.identity.config;

import fr.education.traam.identity.account.DemoAccount;
import fr.education.traam.identity.account.DemoAccounts;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts the login form checks, all with one password kept only as its hash. The password is hashed once, not
 * once per account: two hundred bcrypt rounds would add seconds to every start for the same secret.
 */
public final class AccountDirectory implements UserDetailsService {

    private final DemoAccounts accounts;
    private final String passwordHash;

    public AccountDirectory(DemoAccounts accounts, String passwordHash) {
        this.accounts = accounts;
        this.passwordHash = passwordHash;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        DemoAccount account = accounts.byId(username)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        return User.withUsername(account.id())
                .password(passwordHash)
                .authorities(account.roleNames().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList())
                .build();
    }
}
