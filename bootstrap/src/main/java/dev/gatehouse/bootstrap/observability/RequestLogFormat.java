package dev.gatehouse.bootstrap.observability;

import dev.gatehouse.web.http.RequestIdFilter;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.AppenderFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The request log's line format: Dropwizard's own (combined log format with the duration in
 * milliseconds) plus the request id, so a request-log line and the application's log lines of
 * one request can be found together. It reads the id from the response header, where
 * {@link RequestIdFilter} puts it whether the caller sent one or not.
 *
 * <p>No query string reaches the request log: pages carry an address in theirs ({@code ?email=}), and
 * so do the links in the mails. So the request line is written as method, path and protocol
 * ({@code %m %U %H}) instead of {@code %r}, and the Referer, which under {@code Referrer-Policy:
 * same-origin} is the full address of the page a form was sent from, is left out ({@code "-"} keeps
 * the combined format's fields where parsers look for them). Appenders configured with a
 * {@code logFormat} of their own keep it, unless it would print a query string or a request's
 * content: then the server refuses to start.
 */
public final class RequestLogFormat {

    static final String DEFAULT = "%h %l %u [%t{dd/MMM/yyyy:HH:mm:ss Z,%dwTimeZone}] \"%m %U %H\" %s %b \"-\" "
            + "\"%i{User-Agent}\" %D id=%responseHeader{" + RequestIdFilter.HEADER + "}";

    /**
     * Logback-access conversion words (with any format modifier) that print a query string, request
     * parameters or content: the request line, the URL, the query itself, the whole request, and the
     * Referer header.
     */
    private static final Pattern REVEALING = Pattern.compile(
            "%[-.0-9]*(r|q|requestURL|queryString|requestParameter|reqParameter|requestContent|fullRequest)"
                    + "(?![A-Za-z])|%[-.0-9]*(i|header)\\{(?i:referer)}");

    private RequestLogFormat() {
    }

    /**
     * Before the server is built, which builds the request log from these appender settings.
     *
     * @throws IllegalArgumentException when a configured request-log format would print a query string
     */
    public static void applyDefault(ServerFactory serverFactory) {
        for (AbstractAppenderFactory<?> appender : appenders(serverFactory)) {
            if (appender.getLogFormat() == null) {
                appender.setLogFormat(DEFAULT);
            } else if (revealsQueries(appender.getLogFormat())) {
                throw new IllegalArgumentException("server.requestLog: the logFormat \"" + appender.getLogFormat()
                        + "\" would log query strings or request content, which carry addresses and codes; "
                        + "log the path with %U instead of %r, %q or %requestURL, and no Referer");
            }
        }
    }

    /** The request log's configurable appenders. */
    public static List<AbstractAppenderFactory<?>> appenders(ServerFactory serverFactory) {
        List<AbstractAppenderFactory<?>> appenders = new ArrayList<>();
        if (serverFactory instanceof AbstractServerFactory server
                && server.getRequestLogFactory() instanceof LogbackAccessRequestLogFactory requestLog) {
            for (AppenderFactory<?> appender : requestLog.getAppenders()) {
                if (appender instanceof AbstractAppenderFactory<?> configurable) {
                    appenders.add(configurable);
                }
            }
        }
        return appenders;
    }

    public static boolean revealsQueries(String logFormat) {
        return REVEALING.matcher(logFormat).find();
    }
}
