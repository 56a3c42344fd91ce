package org.portcullis.audit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The network address of the person acting, for audit events. The UI layer sets it per request thread (it knows the
 * HTTP request); background jobs leave it empty.
 */
@ApplicationScoped
public class ClientAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    public String current() {
        return CURRENT.get();
    }

    public static void set(String address) {
        CURRENT.set(address);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
