package cn.congress.web.security;

import cn.congress.domain.shared.RequestOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes the client address and a request id known to the audit log and the application log (MDC
 * {@code requestId}) for the length of the request. {@code X-Forwarded-For} is believed only when the request comes
 * from an address on the configured list of trusted proxies ({@code congress.security.trusted-proxies}, empty by
 * default), so that a client cannot forge the address the audit records.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestOriginFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "requestId";

    private final Set<String> trustedProxies;

    RequestOriginFilter(@Value("${congress.security.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientAddress(request);
        String requestId = requestId();
        RequestOrigin.set(client);
        RequestOrigin.setRequestId(requestId);
        MDC.put(MDC_KEY, requestId);
        response.setHeader("X-Request-Id", requestId);
        try {
            chain.doFilter(client.equals(request.getRemoteAddr()) ? request : new HttpServletRequestWrapper(request) {
                @Override
                public String getRemoteAddr() {
                    return client;
                }
            }, response);
        } finally {
            RequestOrigin.clear();
            MDC.remove(MDC_KEY);
        }
    }

    /** The nearest address in X-Forwarded-For that is not itself a trusted proxy; the peer when it is untrusted. */
    String clientAddress(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (!trustedProxies.contains(peer) || forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    /**
     * A request id for logs and audit rows: unique, not secret. {@code UUID.randomUUID()} draws from the one shared
     * SecureRandom, whose lock every request then waited on under load.
     */
    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }
}
