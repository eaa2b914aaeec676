package org.minzheng.reference;

import java.util.HashMap;
import java.util.Map;

import org.minzheng.core.identity.RegionCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what (权限): HTTP Basic against the configured users, stateless; roles decide the endpoints, the user's
 * region scopes every read and write ({@code Storage.scopedTo}), and the role's approval level decides which cases it
 * may approve. Refusals are problem details like every other error.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CASEWORKER = Role.CASEWORKER.name();
    private static final String TOWNSHIP = Role.TOWNSHIP_APPROVER.name();
    private static final String COUNTY = Role.COUNTY_APPROVER.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    SecurityFilterChain api(HttpSecurity http, Problems problems) throws Exception {
        http.csrf(c -> c.disable()) // a stateless API with Basic credentials on every request: no session to ride
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthenticated))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/actuator/health",
                                "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/assessments").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/households/**", "/api/cases/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/households").hasAnyRole(CASEWORKER, TOWNSHIP, COUNTY)
                        .requestMatchers(HttpMethod.PUT, "/api/households/*").hasAnyRole(CASEWORKER, TOWNSHIP, COUNTY)
                        .requestMatchers(HttpMethod.POST, "/api/cases").hasAnyRole(CASEWORKER, TOWNSHIP)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/review").hasRole(TOWNSHIP)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/approve", "/api/cases/*/reject")
                        .hasAnyRole(TOWNSHIP, COUNTY)
                        .requestMatchers(HttpMethod.POST, "/api/runs").hasAnyRole(TOWNSHIP, COUNTY)
                        .requestMatchers(HttpMethod.GET, "/api/reports/**").hasAnyRole(TOWNSHIP, COUNTY, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasAnyRole(COUNTY, AUDITOR)
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The demonstration's users from {@code reference.users.*}. A county replaces this bean (or the whole filter
     * chain's authentication) with its own identity provider.
     */
    @Bean
    UserDetailsService countyUsers(CountyUsers users) {
        Map<String, CountyUser> byName = new HashMap<>();
        users.getUsers().forEach((name, u) -> byName.put(name, new CountyUser(name, u.getPassword(), u.getRole(),
                RegionCode.parse(u.getRegion()))));
        return name -> {
            CountyUser u = byName.get(name);
            if (u == null) {
                throw new UsernameNotFoundException("unknown user");
            }
            return u;
        };
    }
}
