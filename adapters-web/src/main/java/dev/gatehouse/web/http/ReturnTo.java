package dev.gatehouse.web.http;

import java.net.URI;
import java.util.Objects;

/**
 * An absolute URL on one of the {@link ReturnToOrigins}: where a person is sent after signing in or
 * out when an app Gatehouse stands in front of asked for it. Only {@link ReturnToOrigins} makes one,
 * so holding one means it was checked.
 */
public final class ReturnTo {

    private final URI uri;

    ReturnTo(URI uri) {
        this.uri = Objects.requireNonNull(uri, "uri");
    }

    public URI uri() {
        return uri;
    }

    public String value() {
        return uri.toString();
    }

    /** {@code scheme://host[:port]} as the URL writes them. */
    public String origin() {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReturnTo that && uri.equals(that.uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
