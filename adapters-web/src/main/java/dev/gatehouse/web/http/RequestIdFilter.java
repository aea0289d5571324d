package dev.gatehouse.web.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plausible id, so one id
 * follows a call through several services, else a new random one. The id is in the SLF4J MDC
 * ({@value #MDC_KEY}) while the request runs and is echoed in the response header, where the
 * request log reads it.
 *
 * <p>Only short ids of letters, digits and {@code . _ : -} are taken over: the id ends up in log
 * lines, and a caller must not be able to forge lines or flood them through it.
 */
public final class RequestIdFilter implements Filter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    static final int MAX_LENGTH = 128;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = wellFormed(((HttpServletRequest) request).getHeader(HEADER))
                .orElseGet(() -> UUID.randomUUID().toString());
        ((HttpServletResponse) response).setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static Optional<String> wellFormed(String presented) {
        return Optional.ofNullable(presented).filter(id -> WELL_FORMED.matcher(id).matches());
    }
}
