package org.ogicheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.ogicheck.i18n.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Builds the command line with the console's output encoding, the language of {@code --lang} and
 * the documented exit codes. {@code --lang zh|en} (anywhere on the line, default zh) chooses the
 * help texts (picocli's resource bundle {@code org/ogicheck/cli/help_zh|en.properties}) and every
 * line a command prints on stderr ({@code org/ogicheck/cli/texts_zh|en.properties}).
 */
public final class Cli {
    /** the command line's own lines: errors and notes on stderr */
    static final Texts TEXTS = Texts.of("org.ogicheck.cli.texts");
    /** the help texts, picocli's resource bundle */
    static final Texts HELP = Texts.of("org.ogicheck.cli.help");

    private Cli() {
    }

    /** runs with the console's encoding (see {@link ConsoleEncoding}): GBK on a Chinese Windows console, else UTF-8 */
    public static int run(String... args) {
        ConsoleEncoding.Chosen enc = ConsoleEncoding.choose(args, System.console(), System.getenv("OGICHECK_ENCODING"));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, enc.charset()), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, enc.charset()), true);
        if (enc.error() != null) {
            err.println(TEXTS.get(scan(args), "encoding.unknown", enc.error()));
            return ExitCodes.USAGE;
        }
        return run(out, err, enc.args().toArray(String[]::new));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        String given = scan(args);
        if (!Texts.known(given)) {
            err.println(TEXTS.get("zh", "lang.unknown", given, String.join(", ", Texts.LANGUAGES)));
            return ExitCodes.USAGE;
        }
        String lang = given;
        EarlyRules.start(args);
        RootCommand root = new RootCommand();
        root.lang = lang;
        CommandLine cl = commandLine(root, args.length > 0 ? args[0] : null);
        cl.setResourceBundle(HELP.bundle(lang));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(usageLine(ex, lang));
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println(TEXTS.get(lang, "internal", ex));
            return ExitCodes.USAGE;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("ogicheck: " + org.ogicheck.pipeline.Pipeline.outOfMemoryLine(lang));
            code = ExitCodes.USAGE;
        } finally {
            EarlyRules.clear();
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * {@code bench} is test code, not in the release jar (it carries hand-written copies of rules to compare
     * the engine with): it is a command only when the test classes are on the class path, as the
     * development launcher ({@code ./ogicheck bench}) and the tests put them
     */
    static CommandLine commandLine(RootCommand root) {
        return commandLine(root, null);
    }

    /**
     * The command line for arguments starting with {@code first}. picocli reads every option of a command
     * when the command is added (a third of the CPU of a one-report check that starts with the C1 compiler
     * only), so a line whose first word names a command gets that command alone: nothing after it can name
     * another. Any other line (help, a root option first, a mistyped command) gets them all.
     */
    static CommandLine commandLine(RootCommand root, String first) {
        CommandLine cl = new CommandLine(root);
        boolean named = first != null && RootCommand.COMMANDS.stream().anyMatch(c -> name(c).equals(first));
        for (Class<?> c : RootCommand.COMMANDS) {
            if (!named || name(c).equals(first)) cl.addSubcommand(name(c), c);
        }
        if (!named || "bench".equals(first)) addBench(cl);
        return cl;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(picocli.CommandLine.Command.class).name();
    }

    private static void addBench(CommandLine cl) {
        try {
            Class<?> bench = Class.forName("org.ogicheck.cli.BenchCommand");
            cl.addSubcommand("bench", bench.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError absent) {
            // the release: no benchmark
        }
    }

    /** the value of {@code --lang} (the last one given), zh when none */
    static String scan(String[] args) {
        String lang = Texts.LANGUAGES.get(0);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) break;
            if (args[i].equals("--lang") && i + 1 < args.length) lang = args[++i];
            else if (args[i].startsWith("--lang=")) lang = args[i].substring("--lang=".length());
        }
        return lang;
    }

    /** the language of this command line (what {@code --lang} says, zh by default) */
    static String lang(CommandSpec spec) {
        return spec.root().userObject() instanceof RootCommand r ? r.lang : Texts.LANGUAGES.get(0);
    }

    /** a line of the command line's bundle in the language of this command line */
    static String text(CommandSpec spec, String key, Object... args) {
        return TEXTS.get(lang(spec), key, args);
    }

    /** a usage error a command finds itself (a bad option value), as picocli's: one line, exit 2 */
    static ParameterException usage(CommandSpec spec, String key, Object... args) {
        return new Usage(spec.commandLine(), text(spec, key, args));
    }

    /** a usage error worded by a command (in the language of the command line already) */
    static final class Usage extends ParameterException {
        Usage(CommandLine cl, String msg) {
            super(cl, msg);
        }
    }

    /**
     * picocli's parse error as one line in the language of the command line: what was wrong, and
     * the command's --help to see. picocli's own English message is not shown.
     */
    static String usageLine(ParameterException ex, String lang) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        String what;
        if (ex instanceof Usage) {
            what = ex.getMessage();
        } else if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            what = first.startsWith("-") ? TEXTS.get(lang, "usage.unknownOption", first)
                : TEXTS.get(lang, "usage.unexpected", String.join(" ", unmatched));
        } else if (ex instanceof CommandLine.MissingParameterException m) {
            String names = m.getMissing().stream().map(Cli::name).collect(Collectors.joining(", "));
            boolean option = !m.getMissing().isEmpty() && m.getMissing().get(0).isOption();
            boolean valueOfOption = option && ex.getMessage().contains("parameter for option");
            what = TEXTS.get(lang, valueOfOption ? "usage.missingValue" : option ? "usage.missingOption" : "usage.missingParameter", names);
        } else if (ex instanceof CommandLine.OverwrittenOptionException o) {
            what = TEXTS.get(lang, "usage.repeated", name(o.getOverwritten()));
        } else if (ex instanceof CommandLine.MaxValuesExceededException) {
            what = TEXTS.get(lang, "usage.tooMany");
        } else if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            what = TEXTS.get(lang, "usage.exclusive");
        } else if (ex.getArgSpec() != null && ex.getValue() != null) {
            what = TEXTS.get(lang, "usage.badValue", name(ex.getArgSpec()), ex.getValue());
        } else {
            what = TEXTS.get(lang, "usage.other");
        }
        return TEXTS.get(lang, "usage.line", what, command);
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) return o.longestName();
        if (a instanceof PositionalParamSpec p) return p.paramLabel();
        return String.valueOf(a);
    }
}
