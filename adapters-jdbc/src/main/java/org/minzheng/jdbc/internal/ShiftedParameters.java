package org.minzheng.jdbc.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;

/**
 * A view of a prepared statement whose parameter positions are shifted by a base: a binder written
 * for a one-row statement ({@code ps.setString(1, …)}) binds row k of a multi-row
 * {@code INSERT … VALUES (…), (…)} when the base is k × columns (decision record 0171). Only the
 * {@code set…(int, …)} methods are shifted; everything else goes to the statement unchanged.
 */
final class ShiftedParameters implements InvocationHandler {

    private final PreparedStatement target;
    private int base;

    private ShiftedParameters(PreparedStatement target) {
        this.target = target;
    }

    /** A shifted view of a statement and the handle that moves its base. */
    record View(PreparedStatement statement, ShiftedParameters shift) {
    }

    static View of(PreparedStatement target) {
        ShiftedParameters h = new ShiftedParameters(target);
        PreparedStatement p = (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, h);
        return new View(p, h);
    }

    void base(int base) {
        this.base = base;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (args != null && args.length >= 2 && method.getName().startsWith("set")
                && method.getParameterTypes()[0] == int.class) {
            args[0] = (Integer) args[0] + base;
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
