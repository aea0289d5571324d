package dev.gatehouse.bootstrap.observability;

import dev.gatehouse.web.http.RequestIdFilter;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.AppenderFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;

/**
 * The request log's line format: Dropwizard's own (combined log format with the duration in
 * milliseconds) plus the request id, so a request-log line and the application's log lines of
 * one request can be found together. It reads the id from the response header, where
 * {@link RequestIdFilter} puts it whether the caller sent one or not. Appenders configured with a
 * {@code logFormat} of their own keep it.
 */
final class RequestLogFormat {

    static final String DEFAULT = "%h %l %u [%t{dd/MMM/yyyy:HH:mm:ss Z,%dwTimeZone}] \"%r\" %s %b \"%i{Referer}\" "
            + "\"%i{User-Agent}\" %D id=%responseHeader{" + RequestIdFilter.HEADER + "}";

    private RequestLogFormat() {
    }

    /** Before the server is built: it builds the request log from these appender settings. */
    static void applyDefault(ServerFactory serverFactory) {
        if (serverFactory instanceof AbstractServerFactory server
                && server.getRequestLogFactory() instanceof LogbackAccessRequestLogFactory requestLog) {
            for (AppenderFactory<?> appender : requestLog.getAppenders()) {
                if (appender instanceof AbstractAppenderFactory<?> configurable && configurable.getLogFormat() == null) {
                    configurable.setLogFormat(DEFAULT);
                }
            }
        }
    }
}
