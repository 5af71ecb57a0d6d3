package plancheck.server;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Sends each request to the page's files or to the API; anything else is a 404 or 405 in plain words. */
final class Routes extends Handler.Abstract {
    /** The page runs only its own script and style; the report inside it is a sandboxed frame. */
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; frame-src 'self' blob: data: about:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private final Api api;
    private final Map<String, byte[]> pages;

    /** Bodies up to this size are read before a refusal; larger ones are refused as they come. */
    private static final long DRAIN_LIMIT = 64L << 20;

    Routes(Api api, Map<String, byte[]> pages) {
        this.api = api;
        this.pages = pages;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        Plain words = Api.words(request, null);
        if (path.startsWith("/api/")) {
            if (!method.equals("POST")) {
                refuseUnread(request, response, callback, words, new Refusal(405, "method", method));
            } else if (!Api.sameOrigin(request)) {
                refuseUnread(request, response, callback, words, new Refusal(403, "cross-site"));
            } else {
                api.handle(path.substring("/api/".length()), request, response, callback);
            }
            return true;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        byte[] page = pages.get(name);
        if (page == null) {
            Api.refuse(response, callback, words, new Refusal(404, "not-found"));
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
            Api.refuse(response, callback, words, new Refusal(405, "method", method));
        } else {
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type(name));
            response.getHeaders().put("Content-Security-Policy", PAGE_POLICY);
            Api.common(response);
            response.write(true, method.equals("HEAD") ? ByteBuffer.allocate(0) : ByteBuffer.wrap(page), callback);
        }
        return true;
    }

    /**
     * Refuses a request before reading its body, but reads (and drops) the body first when it is of
     * a sane size: answering and closing while the client still sends resets the connection, and the
     * client may then never see the answer.
     */
    private static void refuseUnread(Request request, Response response, Callback callback, Plain words, Refusal r) {
        long length = request.getLength();
        if (length < 0 || length > DRAIN_LIMIT) {
            Api.refuse(response, callback, words, r);
            return;
        }
        Content.Source.consumeAll(request, Callback.from(() -> Api.refuse(response, callback, words, r),
                x -> Api.refuse(response, callback, words, r)));
    }

    private static String type(String name) {
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        return "text/html; charset=utf-8";
    }
}
