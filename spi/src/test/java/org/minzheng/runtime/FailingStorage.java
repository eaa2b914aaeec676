package org.minzheng.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.TransactionWork;

/**
 * Wraps a storage so that writes fail at random: before the write reaches the store (nothing
 * written) or after the store committed it (the caller never learns it succeeded: a lost
 * acknowledgement, as when the process dies right after the commit). Reads pass through.
 */
final class FailingStorage {

    private static final Set<String> WRITES = Set.of("save", "saveAll", "post", "postAll", "reverse", "inTransaction");

    private final RandomGenerator random;
    private final double probability;
    int injected;

    private FailingStorage(RandomGenerator random, double probability) {
        this.random = random;
        this.probability = probability;
    }

    static Storage wrap(Storage storage, RandomGenerator random, double probability, FailingStorage[] handle) {
        FailingStorage f = new FailingStorage(random, probability);
        handle[0] = f;
        return f.proxy(storage, Storage.class);
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(T target, Class<T> type) {
        InvocationHandler h = (p, method, args) -> invoke(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }

    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        boolean write = WRITES.contains(method.getName());
        boolean transaction = method.getName().equals("inTransaction");
        if (write && !transaction && random.nextDouble() < probability / 2) {
            injected++;
            throw new StorageException("injected failure before " + method.getName());
        }
        if (transaction) {
            TransactionWork<?> work = (TransactionWork<?>) args[0];
            args = new Object[] {(TransactionWork<Object>) tx -> work.run(proxy(tx, Storage.class))};
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (write && random.nextDouble() < probability / 2) {
            injected++;
            throw new StorageException("injected failure after " + method.getName() + " (lost acknowledgement)");
        }
        Class<?> r = method.getReturnType();
        if (r.isInterface() && r.getPackageName().equals("org.minzheng.spi.storage") && result != null
                && !r.getSimpleName().equals("AuditLog")) {
            return proxyUnchecked(result, r);
        }
        return result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object proxyUnchecked(Object target, Class type) {
        return proxy(target, type);
    }
}
