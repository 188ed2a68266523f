package org.ogicheck.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The workspace's database: an embedded H2 file database in the workspace folder by default (no
 * set-up), or PostgreSQL given by a URL ({@code postgresql://user:password@host:port/db} or a
 * {@code jdbc:postgresql:} URL). The schema is Flyway's migrations in {@code db/workspace}.
 */
final class Db implements AutoCloseable {
    /** the file name of the embedded database in the workspace folder (H2 adds .mv.db) */
    static final String H2_FILE = "ogicheck";

    private final DataSource source;
    private final boolean postgres;
    private final String described;
    private final AutoCloseable closer;

    private Db(DataSource source, boolean postgres, String described, AutoCloseable closer) {
        this.source = source;
        this.postgres = postgres;
        this.described = described;
        this.closer = closer;
    }

    /**
     * Opens (and creates or migrates) the database.
     *
     * @param folder the workspace folder (made when missing)
     * @param url    null or blank for the embedded database, else a PostgreSQL URL
     */
    static Db open(Path folder, String url) throws WorkspaceException {
        Db db;
        if (url == null || url.isBlank()) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw WorkspaceException.of("db.cannotCreate", folder, e.getMessage());
            }
            String jdbc = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(H2_FILE) + ";DB_CLOSE_ON_EXIT=FALSE";
            JdbcConnectionPool pool = JdbcConnectionPool.create(jdbc, "sa", "");
            db = new Db(pool, false, folder.resolve(H2_FILE + ".mv.db").toString(), () -> {
                try (Connection c = pool.getConnection(); var s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (SQLException ignored) {
                    // already closed
                }
                pool.dispose();
            });
        } else {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            String jdbc = jdbcUrl(url.strip());
            pg.setUrl(jdbc);
            db = new Db(pg, true, jdbc.replaceAll("password=[^&]*", "password=***"), () -> { });
        }
        try {
            Flyway.configure().dataSource(db.source).locations("classpath:db/workspace")
                .placeholders(Map.of("blob", db.postgres ? "BYTEA" : "BLOB")).load().migrate();
        } catch (FlywayException e) {
            db.close();
            throw WorkspaceException.of("db.cannotMigrate", db.described, firstLine(e));
        } catch (RuntimeException e) {
            db.close();
            throw WorkspaceException.of("db.cannotOpen", db.described, firstLine(e));
        }
        return db;
    }

    /** postgresql://user:password@host:port/db → jdbc:postgresql://host:port/db?user=…&amp;password=…; a jdbc: URL as it is */
    static String jdbcUrl(String url) throws WorkspaceException {
        if (url.startsWith("jdbc:postgresql:")) return url;
        if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
            throw WorkspaceException.of("db.notPostgres", url);
        }
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw WorkspaceException.of("db.badUrl", url, e.getMessage());
        }
        if (u.getHost() == null) throw WorkspaceException.of("db.noHost", url);
        StringBuilder sb = new StringBuilder("jdbc:postgresql://").append(u.getHost());
        if (u.getPort() > 0) sb.append(':').append(u.getPort());
        sb.append(u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
        StringBuilder q = new StringBuilder(u.getRawQuery() == null ? "" : u.getRawQuery());
        if (u.getRawUserInfo() != null) {
            String[] up = u.getRawUserInfo().split(":", 2);
            q.append(q.length() > 0 ? "&" : "").append("user=").append(URLDecoder.decode(up[0], StandardCharsets.UTF_8));
            if (up.length > 1) q.append("&password=").append(URLDecoder.decode(up[1], StandardCharsets.UTF_8));
        }
        if (q.length() > 0) sb.append('?').append(q);
        return sb.toString();
    }

    private static String firstLine(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    Connection connection() throws SQLException {
        return source.getConnection();
    }

    boolean postgres() {
        return postgres;
    }

    /** where the data is, for messages (a password is never shown) */
    String described() {
        return described;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception ignored) {
            // nothing left to do
        }
    }
}
