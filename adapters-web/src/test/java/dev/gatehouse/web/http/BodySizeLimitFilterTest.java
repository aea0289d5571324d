package dev.gatehouse.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class BodySizeLimitFilterTest {

    private static final int LIMIT = 1024;

    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(LIMIT);

    @Test
    void aDeclaredBodySomewhatOverTheLimitIsReadToItsEndThenRefused() {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[LIMIT * 3]);

        assertThatThrownBy(() -> filter.filter(request(LIMIT * 3, body)))
                .isInstanceOfSatisfying(WebApplicationException.class, e -> assertThat(e.getResponse().getStatus()).isEqualTo(413));
        assertThat(body.available()).isZero();
    }

    @Test
    void aDeclaredBodyFarOverTheLimitIsRefusedUnread() {
        int length = LIMIT * BodySizeLimitFilter.DRAIN_FACTOR + 1;
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[length]);

        assertThatThrownBy(() -> filter.filter(request(length, body)))
                .isInstanceOfSatisfying(WebApplicationException.class, e -> assertThat(e.getResponse().getStatus()).isEqualTo(413));
        assertThat(body.available()).isEqualTo(length);
    }

    @Test
    void aChunkedBodyIsRefusedOnceReadingPassesTheLimit() throws IOException {
        ContainerRequestContext request = request(-1, new ByteArrayInputStream(new byte[LIMIT + 1]));
        filter.filter(request);

        InputStream limited = request.getEntityStream();
        limited.readNBytes(LIMIT);
        assertThatThrownBy(limited::read)
                .isInstanceOfSatisfying(WebApplicationException.class, e -> assertThat(e.getResponse().getStatus()).isEqualTo(413));
    }

    @Test
    void aBodyWithinTheLimitIsLeftToBeRead() throws IOException {
        ContainerRequestContext request = request(LIMIT, new ByteArrayInputStream(new byte[LIMIT]));

        filter.filter(request);

        assertThat(request.getEntityStream().readAllBytes()).hasSize(LIMIT);
    }

    /** Only what the filter touches; the rest of the interface is not needed. */
    private static ContainerRequestContext request(int declaredLength, InputStream body) {
        InputStream[] entity = {body};
        return (ContainerRequestContext) Proxy.newProxyInstance(BodySizeLimitFilterTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getLength" -> declaredLength;
                    case "hasEntity" -> true;
                    case "getEntityStream" -> entity[0];
                    case "setEntityStream" -> {
                        entity[0] = (InputStream) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
