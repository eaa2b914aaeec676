package org.minzheng.json.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms of record identifiers for masked exports (标识假名化): a keyed hash (HMAC-SHA256) of
 * the identifier, so that the same identifier gets the same pseudonym within one export (and in
 * every export made with the same key), references between records still line up, and nobody
 * without the key can go back to the identifier, even by trying every identity number of a
 * county. Thread-safe.
 */
public final class Pseudonyms {

    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    /** 100 bits of the hash: collisions are out of reach for any county's records. */
    private static final int CHARACTERS = 20;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    private Pseudonyms(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * Pseudonyms under a given key.
     *
     * @param key the key, at least {@value #MIN_KEY_BYTES} bytes (copied)
     * @return the pseudonyms
     * @throws IllegalArgumentException if the key is too short
     */
    public static Pseudonyms withKey(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a pseudonym key needs at least " + MIN_KEY_BYTES + " bytes, not "
                    + key.length + " (假名化密钥过短)");
        }
        return new Pseudonyms(Arrays.copyOf(key, key.length));
    }

    /**
     * Pseudonyms under a fresh random key that is never shown: stable within one mapper only.
     *
     * @return the pseudonyms
     */
    public static Pseudonyms random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Pseudonyms(key);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * The pseudonym of an identifier of a kind of record.
     *
     * @param prefix the kind: {@code p} person, {@code h} household, {@code c} case, {@code r}
     *     service record; it starts the pseudonym and keeps kinds apart
     * @param value the identifier
     * @return e.g. {@code p-k3m0…} (the prefix, a hyphen and 20 base-32 characters)
     */
    public String of(String prefix, String value) {
        Mac mac = macs.get();
        mac.update(prefix.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        byte[] hash = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(prefix.length() + 1 + CHARACTERS).append(prefix).append('-');
        int buffer = 0;
        int bits = 0;
        int i = 0;
        while (sb.length() < prefix.length() + 1 + CHARACTERS) {
            if (bits < 5) {
                buffer = (buffer << 8) | (hash[i++] & 0xff);
                bits += 8;
            }
            sb.append(BASE32[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Pseudonyms[HmacSHA256, key not shown]";
    }
}
