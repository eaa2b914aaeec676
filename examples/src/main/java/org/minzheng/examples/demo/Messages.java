package org.minzheng.examples.demo;

import java.text.MessageFormat;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The command line's messages (提示信息) in one language, from the resource bundle
 * {@code org.minzheng.examples.demo.messages} ({@code messages_zh.properties},
 * {@code messages_en.properties}). Patterns are {@link MessageFormat} patterns.
 */
final class Messages {

    static final String BUNDLE = "org.minzheng.examples.demo.messages";

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang) {
        this.lang = lang;
        // Both languages have a file of their own and there is no base file, so that --lang en finds
        // messages_en and never falls back to messages_zh through a Chinese JVM default locale.
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(), Messages.class.getModule());
    }

    static Messages of(Lang lang) {
        return new Messages(Objects.requireNonNull(lang, "lang"));
    }

    Lang lang() {
        return lang;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /**
     * A message.
     *
     * @param key its key
     * @param args its arguments
     * @return the message
     */
    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), lang.locale()).format(args);
    }
}
