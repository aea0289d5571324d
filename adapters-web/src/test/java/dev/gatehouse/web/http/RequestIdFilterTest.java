package dev.gatehouse.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();
    private final Map<String, String> responseHeaders = new HashMap<>();

    /** The request id seen in the MDC while the rest of the chain ran. */
    private String filtered(String presented) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) ->
                        method.getName().equals("getHeader") && RequestIdFilter.HEADER.equals(args[0]) ? presented : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        responseHeaders.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        AtomicReference<String> inChain = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> inChain.set(MDC.get(RequestIdFilter.MDC_KEY)));
        return inChain.get();
    }

    @Test
    void keepsAWellFormedIdInTheMdcAndTheResponseAndClearsItAfterwards() throws Exception {
        String seen = filtered("upstream-1:span.2_A");

        assertThat(seen).isEqualTo("upstream-1:span.2_A");
        assertThat(responseHeaders).containsEntry(RequestIdFilter.HEADER, "upstream-1:span.2_A");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "line\nbreak", "quote\"d", "x{y}", "ünïcödé"})
    void replacesAnIdThatCouldForgeOrBreakLogLines(String presented) throws Exception {
        String seen = filtered(presented);

        assertThat(seen).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(responseHeaders).containsEntry(RequestIdFilter.HEADER, seen);
    }

    @Test
    void acceptsUpToTheMaximumLengthOnly() throws Exception {
        assertThat(filtered("a".repeat(RequestIdFilter.MAX_LENGTH))).hasSize(RequestIdFilter.MAX_LENGTH);
        assertThat(filtered("a".repeat(RequestIdFilter.MAX_LENGTH + 1))).hasSize(36);
    }

    @Test
    void generatesAnIdWhenNoneIsSent() throws Exception {
        assertThat(filtered(null)).hasSize(36).isNotEqualTo(filtered(null));
    }
}
