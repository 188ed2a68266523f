package org.ogicheck.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The hash of a rule pack: SHA-256 over the folders' order and every file's relative name and bytes (not where the folders are). */
final class RulePack {
    private RulePack() {
    }

    static String hash(List<Path> dirs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            int i = 0;
            for (Path d : dirs) {
                md.update(("folder " + i++ + "\n").getBytes(StandardCharsets.UTF_8));
                if (!Files.isDirectory(d)) continue;
                List<Path> files;
                try (Stream<Path> s = Files.walk(d)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update((d.relativize(f).toString().replace('\\', '/') + "\n").getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                    md.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
