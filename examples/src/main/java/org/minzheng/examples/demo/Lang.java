package org.minzheng.examples.demo;

import java.util.Locale;

import picocli.CommandLine;

/** The language of the command line (界面语言): Chinese by default, English on request. */
public enum Lang {
    /** 中文 (the default). */
    ZH("zh", Locale.CHINA),
    /** English. */
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Lang(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /**
     * The code given to {@code --lang}.
     *
     * @return {@code zh} or {@code en}
     */
    public String code() {
        return code;
    }

    /**
     * The locale of messages and reports.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The language of a {@code --lang} value.
     *
     * @param code {@code zh} or {@code en}, in any case
     * @return the language
     * @throws IllegalArgumentException for any other value
     */
    public static Lang of(String code) {
        for (Lang l : values()) {
            if (l.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language: " + code);
    }

    /** Picocli's converter: anything but {@code zh} and {@code en} is bad input (exit code 2). */
    static final class Converter implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            try {
                return of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("zh, en");
            }
        }
    }
}
