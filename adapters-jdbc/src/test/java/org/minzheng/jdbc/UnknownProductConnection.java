package org.minzheng.jdbc;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;

/** A connection whose metadata names a product minzheng does not support. */
final class UnknownProductConnection {

    Connection proxy() {
        DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (p, m, a) -> {
                    if (m.getName().equals("getDatabaseProductName")) {
                        return "Oracle";
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, a) -> {
                    if (m.getName().equals("getMetaData")) {
                        return meta;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
