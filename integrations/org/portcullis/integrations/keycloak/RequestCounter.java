package org.portcullis.integrations.keycloak;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the HTTP requests the admin client sends: all of them (token requests included), and the writes. */
final class RequestCounter implements ClientRequestFilter {

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    @Override
    public void filter(ClientRequestContext request) {
        requests.incrementAndGet();
        boolean tokenRequest = request.getUri().getPath().endsWith("/protocol/openid-connect/token");
        if (!"GET".equals(request.getMethod()) && !tokenRequest) {
            writes.incrementAndGet();
        }
    }

    long count() {
        return requests.get();
    }

    long writes() {
        return writes.get();
    }
}
