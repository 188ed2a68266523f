package org.ogicheck.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty itself answers, before any page is reached (a request line or header it cannot parse,
 * headers too large, a path that does not decode): the same JSON {@code {"error": …}} as the API,
 * in Chinese, never Jetty's own HTML page with its version.
 */
final class ErrorPages extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        byte[] body = json(code).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put("Content-Security-Policy", Reply.CSP);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
        return ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8));
    }

    static String json(int code) {
        return Api.error(switch (code) {
            case 400 -> "请求格式有误（400）：请求行、地址或请求头无法解析。";
            case 408 -> "请求超时（408）：请求头或上传内容没有在时限内送达。";
            case 413 -> "上传的内容太大（413）。";
            case 414 -> "地址太长（414）。";
            case 431 -> "请求头太大（431）。";
            case 503 -> "服务器繁忙（503），请稍后再试。";
            default -> "请求无法处理（" + code + "）。";
        }, java.util.List.of());
    }
}
