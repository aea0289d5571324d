package dev.gatehouse.web.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers for the files the asset servlets serve (htmx, Pico CSS, our own script and stylesheet),
 * which Jersey's {@link SecurityHeadersFilter} never sees: {@code nosniff}, so browsers use them only
 * as the type they are served as, and a year's caching for webjar files, whose paths carry their
 * version and so never change.
 */
public final class StaticAssetHeadersFilter implements Filter {

    public static final String WEBJARS_PATH = "/webjars/";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Content-Security-Policy", SecurityHeadersFilter.API_CONTENT_SECURITY_POLICY);
        if (((HttpServletRequest) request).getRequestURI().startsWith(WEBJARS_PATH)) {
            http.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        }
        chain.doFilter(request, response);
    }
}
