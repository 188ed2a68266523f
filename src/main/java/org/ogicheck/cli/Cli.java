package org.ogicheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the command line with the console's output encoding and the documented exit codes. */
public final class Cli {
    private Cli() {
    }

    /** runs with the console's encoding (see {@link ConsoleEncoding}): GBK on a Chinese Windows console, else UTF-8 */
    public static int run(String... args) {
        ConsoleEncoding.Chosen enc = ConsoleEncoding.choose(args, System.console(), System.getenv("OGICHECK_ENCODING"));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, enc.charset()), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, enc.charset()), true);
        if (enc.error() != null) {
            err.println("ogicheck: 不认识的输出编码 “" + enc.error() + "”（可用 UTF-8、GBK、GB18030）");
            return ExitCodes.USAGE;
        }
        return run(out, err, enc.args().toArray(String[]::new));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("ogicheck: " + ex.getMessage().lines().findFirst().orElse("usage error")
                + " (see 'ogicheck " + ex.getCommandLine().getCommandName() + " --help')");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("ogicheck: internal error: " + ex);
            return ExitCodes.USAGE;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("ogicheck: " + org.ogicheck.pipeline.Pipeline.outOfMemoryLine());
            code = ExitCodes.USAGE;
        }
        out.flush();
        err.flush();
        return code;
    }
}
