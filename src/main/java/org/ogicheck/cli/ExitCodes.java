package org.ogicheck.cli;

/** The exit codes every command documents. */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;

    static final String HELP = "%nExit codes:%n"
        + "  0  checked, no ERROR finding%n"
        + "  1  checked, ERROR findings present%n"
        + "  2  usage error, unreadable input, or rules that do not compile (one line on stderr);%n"
        + "     in a batch: some input could not be checked (the others are checked and written, each%n"
        + "     unreadable input is listed with its reason in every output format)%n";

    private ExitCodes() {
    }
}
