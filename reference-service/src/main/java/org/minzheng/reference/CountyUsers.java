package org.minzheng.reference;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demonstration's users (演示用户), from {@code reference.users.<name>.*}: password, role and region. For tests and
 * the demo only; a county plugs in its own identity provider (README, "Your own identity provider").
 */
@ConfigurationProperties(prefix = "reference")
public class CountyUsers {

    /** Users by login name. */
    private Map<String, User> users = new LinkedHashMap<>();

    /** Creates the empty set. */
    public CountyUsers() {
    }

    /**
     * The users.
     *
     * @return users by name
     */
    public Map<String, User> getUsers() {
        return users;
    }

    /**
     * Sets the users.
     *
     * @param users users by name
     */
    public void setUsers(Map<String, User> users) {
        this.users = users;
    }

    /** One user. */
    public static class User {
        /** The password, with its encoding prefix, e.g. {noop}secret or {bcrypt}$2a$…. */
        private String password;
        /** The role. */
        private Role role;
        /** The region the user works in: a township (9 digits) or the county (6 digits). */
        private String region;

        /** Creates an empty user. */
        public User() {
        }

        /**
         * The password.
         *
         * @return the encoded password
         */
        public String getPassword() {
            return password;
        }

        /**
         * Sets the password.
         *
         * @param password the encoded password
         */
        public void setPassword(String password) {
            this.password = password;
        }

        /**
         * The role.
         *
         * @return the role
         */
        public Role getRole() {
            return role;
        }

        /**
         * Sets the role.
         *
         * @param role the role
         */
        public void setRole(Role role) {
            this.role = role;
        }

        /**
         * The region.
         *
         * @return the region code
         */
        public String getRegion() {
            return region;
        }

        /**
         * Sets the region.
         *
         * @param region the region code
         */
        public void setRegion(String region) {
            this.region = region;
        }
    }
}
