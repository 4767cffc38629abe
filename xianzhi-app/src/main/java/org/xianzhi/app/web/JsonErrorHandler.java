package org.xianzhi.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, made before a request reaches the routes (a request line too long: 414, headers too large:
 * 431), in the API's documented shape {@code {"status": …, "error": …}} instead of Jetty's HTML page. The path may not
 * be known at that point, so pages get the JSON too.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, WebServer.JSON);
        SecurityHeaders.FIELDS.forEach(headers::put);
        response.write(true, body(status), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, WebServer.JSON);
        SecurityHeaders.FIELDS.forEach(fields::put);
        return body(status);
    }

    private static ByteBuffer body(int status) {
        String message = HttpStatus.getMessage(status);
        String json = ApiJson.write(ApiJson.error(status, message == null ? "bad request" : message.toLowerCase(Locale.ROOT)));
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }
}
