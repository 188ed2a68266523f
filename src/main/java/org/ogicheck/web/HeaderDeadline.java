package org.ogicheck.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * The time a client has to send a request's line and headers, once it has begun. Jetty reads headers
 * without a thread but has no limit of its own for them beyond the idle timeout, which a client that
 * sends one byte a second never reaches; this listener, on the connector, looks at every open
 * connection four times a second and closes one whose request head is still incomplete past the limit.
 * An idle keep-alive connection (no request begun) is left to the idle timeout.
 */
final class HeaderDeadline implements Connection.Listener, AutoCloseable {
    /** when the current request head was first seen incomplete, and which request of the connection it was */
    private record Begun(long messages, long since) {
    }

    private final long limitNanos;
    private final Map<HttpConnection, Begun> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ogicheck-header-deadline");
        t.setDaemon(true);
        return t;
    });

    HeaderDeadline(Duration limit) {
        this.limitNanos = limit.toNanos();
        long every = Math.max(50, Math.min(250, limit.toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection c) open.put(c, new Begun(-1, 0));
    }

    @Override
    public void onClosed(Connection connection) {
        if (connection instanceof HttpConnection c) open.remove(c);
    }

    private void sweep() {
        long now = System.nanoTime();
        open.replaceAll((c, begun) -> {
            HttpParser p = c.getParser();
            if (!p.inHeaderState() || p.isStart()) return new Begun(-1, 0);
            long messages = c.getMessagesIn();
            if (begun.messages() != messages) return new Begun(messages, now);
            if (now - begun.since() > limitNanos) c.getEndPoint().close();
            return begun;
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
