package plancheck.server;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
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
                Api.refuse(response, callback, words, new Refusal(405, "method", method));
            } else if (!Api.sameOrigin(request)) {
                Api.refuse(response, callback, words, new Refusal(403, "cross-site"));
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

    private static String type(String name) {
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        return "text/html; charset=utf-8";
    }
}
