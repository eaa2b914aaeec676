package org.minzheng.core.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The explanation texts of a program (计算说明文本): message patterns by key, in Chinese and English, in
 * {@link MessageFormat} syntax (e.g. {@code dibao.income=家庭月可计收入 {0} 元，共 {1} 人，人均 {2} 元。}).
 * Every {@link ExplanationStep} carries the texts it is rendered with, so a regional plugin's program
 * explains itself with its own texts and core needs no central bundle.
 *
 * <p>Keys that a program does not define fall back to the texts shared by every decision ({@link
 * #common()}: the total, the failed conditions).
 *
 * <p>Immutable and thread-safe.
 */
public final class Texts {

    private static final Texts COMMON = load("common", name -> Texts.class.getResourceAsStream(name), null);

    private final String name;
    private final Map<String, String> chinese;
    private final Map<String, String> english;
    private final Texts fallback;

    private Texts(String name, Map<String, String> chinese, Map<String, String> english, Texts fallback) {
        this.name = name;
        this.chinese = Map.copyOf(chinese);
        this.english = Map.copyOf(english);
        this.fallback = fallback;
    }

    /**
     * The texts shared by every decision: {@code not-eligible}, {@code total}, {@code total-rounded}, and the
     * GB/T 42195 capability-assessment steps.
     *
     * @return the common texts
     */
    public static Texts common() {
        return COMMON;
    }

    /**
     * Texts given as two maps.
     *
     * @param name a name for messages, e.g. the program code
     * @param chinese patterns by key, in Chinese
     * @param english patterns by key, in English; must have the same keys
     * @return the texts, falling back to {@link #common()}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key sets differ or a pattern is malformed
     */
    public static Texts of(String name, Map<String, String> chinese, Map<String, String> english) {
        Objects.requireNonNull(name, "name");
        return checked(new Texts(name, chinese, english, COMMON));
    }

    /**
     * Texts read from two UTF-8 properties files, {@code <base>_zh.properties} and {@code
     * <base>_en.properties}, opened by the caller — so that a plugin in a named module reads resources of
     * its own packages: {@code Texts.load("texts", n -> MyProgram.class.getResourceAsStream(n))}.
     *
     * @param base the base name, e.g. {@code texts}
     * @param opener opens a resource by name; returns null when absent
     * @return the texts, falling back to {@link #common()}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a file is missing, the key sets differ, or a pattern is malformed
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Texts load(String base, Function<String, InputStream> opener) {
        return load(base, opener, COMMON);
    }

    private static Texts load(String base, Function<String, InputStream> opener, Texts fallback) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(opener, "opener");
        return checked(new Texts(base, read(opener, base + "_zh.properties"), read(opener, base + "_en.properties"),
                fallback));
    }

    private static Map<String, String> read(Function<String, InputStream> opener, String file) {
        try (InputStream in = opener.apply(file)) {
            if (in == null) {
                throw new IllegalArgumentException("explanation texts " + file + " not found (计算说明文本缺失)");
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> map = new HashMap<>();
            for (String k : p.stringPropertyNames()) {
                map.put(k, p.getProperty(k));
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read explanation texts " + file, e);
        }
    }

    private static Texts checked(Texts t) {
        if (!t.chinese.keySet().equals(t.english.keySet())) {
            Set<String> onlyZh = new TreeSet<>(t.chinese.keySet());
            onlyZh.removeAll(t.english.keySet());
            Set<String> onlyEn = new TreeSet<>(t.english.keySet());
            onlyEn.removeAll(t.chinese.keySet());
            throw new IllegalArgumentException("explanation texts " + t.name + ": keys only in Chinese " + onlyZh
                    + ", only in English " + onlyEn + " (中英文说明文本不一致)");
        }
        for (Map.Entry<String, String> e : t.chinese.entrySet()) {
            check(t.name, e.getKey(), e.getValue(), Locale.SIMPLIFIED_CHINESE);
            check(t.name, e.getKey(), t.english.get(e.getKey()), Locale.ENGLISH);
        }
        return t;
    }

    private static void check(String name, String key, String pattern, Locale locale) {
        try {
            new MessageFormat(pattern, locale);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("explanation texts " + name + ": malformed pattern for " + key
                    + " (" + locale.getLanguage() + "): " + e.getMessage(), e);
        }
    }

    /**
     * These texts, falling back to another program's before the common texts — for a rule that reuses a part
     * of another program's rule and its explanation steps (特困 applies the 低保 asset tests).
     *
     * @param other the other texts
     * @return the combined texts
     */
    public Texts including(Texts other) {
        Objects.requireNonNull(other, "other");
        return new Texts(name + "+" + other.name, chinese, english, new Texts(other.name, other.chinese, other.english,
                fallback));
    }

    /**
     * The name given when the texts were made.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The keys this program defines (not counting the common fallback).
     *
     * @return an unmodifiable set
     */
    public Set<String> keys() {
        return chinese.keySet();
    }

    /**
     * The pattern for a key in a language, from these texts or the common fallback.
     *
     * @param key the key
     * @param locale Chinese for {@code zh}, English otherwise
     * @return the pattern, or empty when no texts define it
     */
    public Optional<String> pattern(String key, Locale locale) {
        Map<String, String> map = ExplanationMessages.chinese(locale) ? chinese : english;
        String p = map.get(key);
        if (p != null) {
            return Optional.of(p);
        }
        return fallback == null ? Optional.empty() : fallback.pattern(key, locale);
    }

    /**
     * Whether a key is defined here or in the fallback.
     *
     * @param key the key
     * @return true when defined
     */
    public boolean defines(String key) {
        return chinese.containsKey(key) || (fallback != null && fallback.defines(key));
    }

    /** E.g. {@code Texts[dibao, 14 keys]}. */
    @Override
    public String toString() {
        return "Texts[" + name + ", " + chinese.size() + " keys]";
    }
}
