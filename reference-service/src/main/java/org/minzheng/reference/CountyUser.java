package org.minzheng.reference;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.minzheng.core.identity.RegionCode;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An authenticated member of staff (已登录用户): name, role and the region they may see and change. Any identity provider
 * that yields these three fits (README).
 *
 * @param name the login name, recorded as the actor of every write
 * @param password the encoded password (only for the demonstration's in-memory users)
 * @param role the role
 * @param region the region: a township or the county
 */
public record CountyUser(String name, String password, Role role, RegionCode region) implements UserDetails {

    private static final long serialVersionUID = 1L;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if one is null
     */
    public CountyUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(region, "region");
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return name;
    }

    /** Name, role and region; never the password. */
    @Override
    public String toString() {
        return "CountyUser[" + name + ", " + role + ", " + region.shortForm() + "]";
    }
}
