package org.minzheng.json.internal;

/** Test access to the money grammar check. */
public final class MoneyAccess {

    private MoneyAccess() {
    }

    public static boolean isPlain(String text) {
        return MoneyDeserializer.isPlain(text);
    }
}
