package org.ogicheck.cli;

import java.io.Console;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The encoding of what the CLI prints: {@code --encoding NAME} (anywhere on the command line) or
 * {@code OGICHECK_ENCODING}; else the console's own when the output is a console whose encoding
 * can write Chinese (GBK on a code-page-936 Windows console); else UTF-8. Files written with
 * {@code --out} are always UTF-8.
 */
final class ConsoleEncoding {
    /** the words the check must be able to print for a console encoding to be used */
    private static final String PROBE = "政府信息公开年度报告";

    record Chosen(Charset charset, List<String> args, String error) {
    }

    private ConsoleEncoding() {
    }

    static Chosen choose(String[] args, Console console, String env) {
        List<String> rest = new ArrayList<>();
        String given = env == null || env.isBlank() ? null : env.strip();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--encoding") && i + 1 < args.length) {
                given = args[++i];
            } else if (a.startsWith("--encoding=")) {
                given = a.substring("--encoding=".length());
            } else {
                rest.add(a);
            }
        }
        if (given != null) {
            try {
                return new Chosen(Charset.forName(given), rest, null);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return new Chosen(StandardCharsets.UTF_8, rest, given);
            }
        }
        if (console != null) {
            Charset cs = console.charset();
            if (cs.newEncoder().canEncode(PROBE)) return new Chosen(cs, rest, null);
        }
        return new Chosen(StandardCharsets.UTF_8, rest, null);
    }
}
