package dev.gatehouse.web.http;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to what Jetty refuses before any resource runs (a header block too large, an
 * ambiguous path encoding such as {@code %2F}, {@code %25} or {@code %5C}): a problem document like
 * every other error, instead of Jetty's HTML page, which names the server and its version. The body
 * is the status and its standard reason only; Jetty's message and any cause stay out of it.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String reason = HttpStatus.getMessage(code);
        String body = "{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + code
                + ",\"detail\":\"The server refused the request as it arrived: " + reason.toLowerCase() + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, BufferUtil.toBuffer(body, StandardCharsets.UTF_8), callback);
    }
}
