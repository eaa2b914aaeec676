package org.minzheng.examples.demo;

import java.util.List;
import java.util.Objects;

/**
 * The demo refuses its input (输入有误): an option, the output directory or the database is not one it
 * may use. Nothing has been written or deleted when it is thrown. The command line prints it in the chosen
 * language ({@link #key()} in its message bundle) with exit code 2; the message of the exception is
 * English.
 */
public final class DemoInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    /**
     * Creates the exception.
     *
     * @param key the message's key in the bundle {@code org.minzheng.examples.demo.messages}
     * @param args the message's arguments
     */
    public DemoInputException(String key, Object... args) {
        super(Messages.of(Lang.EN).get(Objects.requireNonNull(key, "key"), args));
        this.key = key;
        this.args = List.of(args);
    }

    /**
     * The message's key.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The message in a language.
     *
     * @param lang the language
     * @return the message
     */
    public String message(Lang lang) {
        return Messages.of(lang).get(key, args.toArray());
    }
}
