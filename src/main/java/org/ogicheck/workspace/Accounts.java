package org.ogicheck.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The accounts of a workspace served beyond this computer: a regulator sees the whole region, a
 * bureau its own agency's reports. Passwords are stored as BCrypt hashes (spring-security-crypto);
 * logins are rate-limited per account name and per client address.
 */
public final class Accounts {
    /** what an account may see and do */
    public enum Role {
        REGULATOR, BUREAU;

        public static Role parse(String s) {
            for (Role r : values()) if (r.name().equalsIgnoreCase(s == null ? "" : s.strip())) return r;
            return null;
        }
    }

    /** an account (never its hash) */
    public record Account(long id, String name, Role role, String agency) {
        public Workspace.Scope scope() {
            return role == Role.REGULATOR ? Workspace.Scope.ALL : new Workspace.Scope(agency);
        }
    }

    /** failed logins within this window count towards the limit */
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES = 5;

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(10);
    /** a hash that no password matches, compared against when the name is unknown (the answer takes as long) */
    private static final String NOBODY = BCRYPT.encode("no account has this password " + System.nanoTime());

    private final Workspace ws;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final java.time.Clock clock;

    public Accounts(Workspace ws) {
        this(ws, java.time.Clock.systemUTC());
    }

    Accounts(Workspace ws, java.time.Clock clock) {
        this.ws = ws;
        this.clock = clock;
    }

    public Account add(String name, String password, Role role, String agency) throws WorkspaceException {
        if (name == null || name.isBlank() || name.length() > 100) throw WorkspaceException.of("account.name");
        if (password == null || password.length() < 8) throw WorkspaceException.of("account.password");
        if (role == null) throw WorkspaceException.of("account.role");
        if (role == Role.BUREAU && (agency == null || agency.isBlank())) throw WorkspaceException.of("account.agency");
        if (find(name.strip()).isPresent()) throw WorkspaceException.of("account.exists", name.strip());
        try (Connection c = ws.db().connection(); PreparedStatement ps = c.prepareStatement(
            "INSERT INTO account (name, password_hash, role, agency, created_at) VALUES (?,?,?,?,?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name.strip());
            ps.setString(2, BCRYPT.encode(password));
            ps.setString(3, role.name());
            ps.setString(4, role == Role.BUREAU ? agency.strip() : null);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return new Account(k.getLong(1), name.strip(), role, role == Role.BUREAU ? agency.strip() : null);
            }
        } catch (SQLException e) {
            throw ws.fail("what.saveAccount", e);
        }
    }

    public boolean any() throws WorkspaceException {
        try (Connection c = ws.db().connection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM account");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw ws.fail("what.readAccounts", e);
        }
    }

    private Optional<Object[]> find(String name) throws WorkspaceException {
        try (Connection c = ws.db().connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, name, role, agency, password_hash FROM account WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Object[] {new Account(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4)),
                    rs.getString(5)});
            }
        } catch (SQLException e) {
            throw ws.fail("what.readAccounts", e);
        }
    }

    /** the outcome of a login: the account, or why not (wrong name or password, or too many failures: try later) */
    public record Login(Account account, boolean limited) {
    }

    /**
     * Checks a name and password from a client address. After {@value #MAX_FAILURES} failures within
     * 15 minutes for the name or for the address, every attempt is refused (the password is not even
     * compared) until the oldest failure leaves the window.
     */
    public Login login(String name, String password, String client) throws WorkspaceException {
        String n = name == null ? "" : name.strip();
        if (limited("name:" + n) || limited("client:" + client)) return new Login(null, true);
        Optional<Object[]> a = find(n);
        boolean ok = BCRYPT.matches(password == null ? "" : password, a.isPresent() ? (String) a.get()[1] : NOBODY) && a.isPresent();
        if (ok) {
            failures.remove("name:" + n);
            return new Login((Account) a.get()[0], false);
        }
        fail("name:" + n);
        fail("client:" + client);
        return new Login(null, false);
    }

    private boolean limited(String key) {
        Deque<Instant> d = failures.get(key);
        if (d == null) return false;
        synchronized (d) {
            Instant since = clock.instant().minus(WINDOW);
            while (!d.isEmpty() && d.peekFirst().isBefore(since)) d.pollFirst();
            return d.size() >= MAX_FAILURES;
        }
    }

    private void fail(String key) {
        Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            d.addLast(clock.instant());
        }
    }
}
