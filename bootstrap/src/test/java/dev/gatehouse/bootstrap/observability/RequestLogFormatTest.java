package dev.gatehouse.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.access.common.spi.IAccessEvent;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestLogFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"%r\" %s", "%-40r", "%requestURL", "%U%q", "%U?%queryString", "%fullRequest",
            "%requestContent", "%requestParameter{email}", "%reqParameter{code}", "\"%i{Referer}\"", "%header{referer}"})
    void recognisesFormatsThatPrintAQueryStringOrARequestsContent(String format) {
        assertThat(RequestLogFormat.revealsQueries(format)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%m %U %H", "%requestMethod %requestURI %protocol", "%responseHeader{X-Request-Id}",
            "%reqAttribute{x}", "%i{User-Agent}", "%s %b %D"})
    void letsFormatsThatPrintOnlyThePathThrough(String format) {
        assertThat(RequestLogFormat.revealsQueries(format)).isFalse();
    }

    @Test
    void theDefaultPrintsNoQueryString() {
        assertThat(RequestLogFormat.revealsQueries(RequestLogFormat.DEFAULT)).isFalse();
        assertThat(RequestLogFormat.DEFAULT).contains("\"%m %U %H\"");
    }

    @Test
    void givesUnformattedAppendersTheDefaultAndRefusesAFormatThatPrintsQueries() {
        ConsoleAppenderFactory<IAccessEvent> unformatted = new ConsoleAppenderFactory<>();
        ConsoleAppenderFactory<IAccessEvent> ownFormat = new ConsoleAppenderFactory<>();
        ownFormat.setLogFormat("%h \"%m %U\" %s");
        DefaultServerFactory server = serverLoggingTo(unformatted, ownFormat);

        RequestLogFormat.applyDefault(server);

        assertThat(unformatted.getLogFormat()).isEqualTo(RequestLogFormat.DEFAULT);
        assertThat(ownFormat.getLogFormat()).isEqualTo("%h \"%m %U\" %s");

        ConsoleAppenderFactory<IAccessEvent> leaky = new ConsoleAppenderFactory<>();
        leaky.setLogFormat("%h \"%r\" %s");
        assertThatThrownBy(() -> RequestLogFormat.applyDefault(serverLoggingTo(leaky)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query strings");
    }

    @SafeVarargs
    private static DefaultServerFactory serverLoggingTo(ConsoleAppenderFactory<IAccessEvent>... appenders) {
        LogbackAccessRequestLogFactory requestLog = new LogbackAccessRequestLogFactory();
        requestLog.setAppenders(List.of(appenders));
        DefaultServerFactory server = new DefaultServerFactory();
        server.setRequestLogFactory(requestLog);
        return server;
    }
}
