package org.ogicheck.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * The compiled rule packages of a rule-folder set, kept on disk so that the next run skips the
 * compiler (about 1.5 s of a cold start): Drools' own serialisation of the knowledge packages
 * (the generated classes travel inside them), read back into a new KieBase, with the DRL they were
 * compiled from, so that a run whose rules did not change neither expands the sentences nor reads the tables again.
 *
 * <p>The key is a SHA-256 over every file of every rule folder (names and bytes: rules, messages,
 * parameters, claim patterns, scoring; not where the folders are), the rule folders' order, the Java version and the code of
 * ogicheck itself (its jar, or its class files in a development build), so any change means a new
 * compile. A cache file carries its key and a checksum of its content; a file that is damaged,
 * truncated, of another key or unreadable is ignored (and rewritten), never trusted.
 *
 * <p>The folder is {@code $OGICHECK_CACHE} (or the system property {@code ogicheck.cache}), else
 * {@code $XDG_CACHE_HOME/ogicheck}, else {@code ~/.cache/ogicheck}; {@code OGICHECK_CACHE=off}
 * turns caching off. A folder that cannot be written simply means no cache.
 */
final class RuleCache {
    private static final byte[] MAGIC = "ogicheck-rules-3\n".getBytes(StandardCharsets.US_ASCII);
    /** bytes of the content's checksum (see {@link #checksum}) after the magic and the key */
    private static final int SUM = Long.BYTES;
    private final Path file;
    private final byte[] key;

    private RuleCache(Path file, byte[] key) {
        this.file = file;
        this.key = key;
    }

    /** the cache entry for these folders, or null when caching is off or the key cannot be made */
    static RuleCache of(List<Path> dirs) {
        Path folder = folder();
        if (folder == null) return null;
        try {
            byte[] key = key(dirs);
            return new RuleCache(folder.resolve("rules-" + HexFormat.of().formatHex(key, 0, 16) + ".bin"), key);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    Path file() {
        return file;
    }

    /** what a cache entry holds: the compiled packages and the DRL they were compiled from (sentences expanded, tables generated) */
    record Entry(Collection<KiePackage> packages, List<RuleSources.Source> sources) {
    }

    /** a rule file's DRL as compiled, by the file's place in the list of rule files (the key covers their names and order) */
    private record Stored(int file, String drl, String kind, java.util.TreeMap<Integer, org.ogicheck.i18n.Said> placeOfLine)
        implements java.io.Serializable {
    }

    /**
     * the cached packages and the DRL of {@code files} (the rule files of the key's folders, in the order
     * they are compiled), or null when there are none that can be trusted
     */
    @SuppressWarnings("unchecked")
    Entry read(List<Path> files) {
        try {
            if (!Files.isRegularFile(file)) return null;
            byte[] all = Files.readAllBytes(file);
            int head = MAGIC.length + key.length + SUM;
            if (all.length <= head || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || !Arrays.equals(all, MAGIC.length, MAGIC.length + key.length, key, 0, key.length)) return null;
            if (java.nio.ByteBuffer.wrap(all, MAGIC.length + key.length, SUM).getLong() != checksum(all, head, all.length - head)) return null;
            try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(all, head, all.length - head),
                RuleCache.class.getClassLoader())) {
                Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
                List<RuleSources.Source> sources = new ArrayList<>();
                for (Stored st : (List<Stored>) in.readObject()) {
                    sources.add(new RuleSources.Source(files.get(st.file()), st.drl(), st.kind(),
                        st.placeOfLine().isEmpty() ? java.util.Map.of() : st.placeOfLine()));
                }
                touch(file);
                return new Entry(packages, sources);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** writes the packages and the DRL of {@code files} they were compiled from (temp file, then rename); a failure to write only means no cache */
    void write(Collection<KiePackage> packages, List<RuleSources.Source> sources, List<Path> files) {
        Path tmp = null;
        try {
            List<Stored> stored = new ArrayList<>();
            for (RuleSources.Source src : sources) {
                int at = files.indexOf(src.file());
                if (at < 0) return;
                stored.add(new Stored(at, src.drl(), src.kind(), new java.util.TreeMap<>(src.placeOfLine())));
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new DroolsObjectOutputStream(body)) {
                out.writeObject(new ArrayList<>(packages));
                out.writeObject(stored);
            }
            byte[] b = body.toByteArray();
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (var o = Files.newOutputStream(tmp)) {
                o.write(MAGIC);
                o.write(key);
                o.write(java.nio.ByteBuffer.allocate(SUM).putLong(checksum(b, 0, b.length)).array());
                o.write(b);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune(file.getParent(), "rules-", ".bin", KEEP_RULES);
        } catch (IOException | RuntimeException e) {
            // no cache this time
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left for the next write to replace
                }
            }
        }
    }

    /**
     * A decision table's generated DRL and its first sheet's name, kept by the SHA-256 of the
     * spreadsheet's bytes, so that a run whose tables did not change does not load POI to read them
     * (half a second and 1,200 classes at start-up). An entry whose checksum does not match its
     * content is ignored; the DRL is linted and compiled as if it had just been generated.
     */
    record Sheet(String name, String drl) {
    }

    static Sheet sheet(byte[] spreadsheet) {
        Path folder = folder();
        if (folder == null) return null;
        Path f = folder.resolve("sheet-" + HexFormat.of().formatHex(sha256().digest(spreadsheet), 0, 16) + ".txt");
        try {
            if (!Files.isRegularFile(f)) return null;
            String[] parts = Files.readString(f, StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length < 3) return null;
            String sum = HexFormat.of().formatHex(sha256().digest((HexFormat.of().formatHex(sha256().digest(spreadsheet))
                + "\n" + parts[1] + "\n" + parts[2]).getBytes(StandardCharsets.UTF_8)));
            if (!sum.equals(parts[0])) return null;
            touch(f);
            return new Sheet(parts[1], parts[2]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void sheet(byte[] spreadsheet, Sheet sheet) {
        Path folder = folder();
        if (folder == null || sheet.name().contains("\n")) return;
        String hash = HexFormat.of().formatHex(sha256().digest(spreadsheet));
        String body = sheet.name() + "\n" + sheet.drl();
        String sum = HexFormat.of().formatHex(sha256().digest((hash + "\n" + body).getBytes(StandardCharsets.UTF_8)));
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "sheet", ".tmp");
            Files.writeString(tmp, sum + "\n" + body, StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve("sheet-" + hash.substring(0, 32) + ".txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            prune(folder, "sheet-", ".txt", KEEP_SHEETS);
        } catch (IOException | RuntimeException e) {
            // no cache then: the next run reads the spreadsheet again
        }
    }

    /** how many compiled rule sets the folder keeps (the most recently used), and how many converted spreadsheets */
    static final int KEEP_RULES = 8;
    static final int KEEP_SHEETS = 32;

    /**
     * deletes all but the {@code keep} most recently used files {@code prefix…suffix} of the folder: every build and every
     * rule change makes a new entry (about 1 MB), and nothing else would ever remove the old ones. A file another run is
     * reading stays readable (or, where the system refuses, is left for the next time); one pruned before another run
     * reads it is only a cache miss.
     */
    static void prune(Path folder, String prefix, String suffix, int keep) {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> entries = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix);
            }).toList();
            if (entries.size() <= keep) return;
            java.util.Map<Path, Long> used = new java.util.HashMap<>();
            for (Path p : entries) used.put(p, lastUsed(p));
            List<Path> newestFirst = new ArrayList<>(entries);
            newestFirst.sort(java.util.Comparator.comparing((Path p) -> used.get(p)).reversed());
            for (Path old : newestFirst.subList(keep, newestFirst.size())) {
                try {
                    Files.deleteIfExists(old);
                } catch (IOException e) {
                    // in use where the system forbids deleting it: the next prune tries again
                }
            }
        } catch (IOException | RuntimeException e) {
            // not pruned this time
        }
    }

    private static long lastUsed(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** marks an entry as used now, so that pruning keeps it */
    private static void touch(Path p) {
        try {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // a read-only cache folder: pruning may remove it sooner
        }
    }

    private static Path folder() {
        String given = System.getProperty("ogicheck.cache", System.getenv("OGICHECK_CACHE"));
        if (given != null && !given.isBlank()) return given.equals("off") ? null : Path.of(given);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "ogicheck");
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "ogicheck");
    }

    private static byte[] key(List<Path> dirs) throws IOException {
        MessageDigest md = sha256();
        add(md, "java " + System.getProperty("java.version"));
        code(md);
        for (int i = 0; i < dirs.size(); i++) {
            Path root = dirs.get(i).toAbsolutePath().normalize();
            add(md, "dir " + i);
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                add(md, "file " + root.relativize(f));
                md.update(Files.readAllBytes(f));
            }
        }
        return md.digest();
    }

    /** the code that compiles and runs the rules: the jar, or in a development build every class file */
    private static void code(MessageDigest md) throws IOException {
        Path where;
        try {
            where = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("no code location", e);
        }
        if (Files.isRegularFile(where)) {
            add(md, "jar " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis());
            return;
        }
        try (Stream<Path> s = Files.walk(where)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                add(md, "class " + where.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
            }
        }
    }

    private static void add(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    /**
     * CRC32C of a cache file's content: it guards against damage (a truncated or altered file), not tampering, and
     * costs a twentieth of SHA-256's CPU in a one-report check, which runs with C1 only (2 against 30-40 ms for 1.1 MB)
     */
    private static long checksum(byte[] b, int off, int len) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(b, off, len);
        return crc.getValue();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
