package org.ogicheck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogicheck.workspace.Accounts;
import org.ogicheck.workspace.Workspace;
import org.ogicheck.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck account: adds an account to a workspace (the password is read from standard input, never from the command line). */
@Command(name = "account", mixinStandardHelpOptions = true,
    description = "Add an account to a workspace, for 'serve' beyond this computer: a regulator sees the whole region, a bureau "
        + "its own agency's reports. The password (at least 8 characters) is the first line of standard input; it is stored as a BCrypt hash.",
    footer = "%nExit codes:%n  0  added%n  2  usage error, or the workspace cannot be opened%n")
final class AccountCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace folder")
    Path workspace;

    @Option(names = "--db", paramLabel = "URL", description = "PostgreSQL instead of the embedded database")
    String db;

    @Option(names = "--add", required = true, paramLabel = "NAME", description = "the account's name")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "regulator or bureau")
    String role;

    @Option(names = "--agency", paramLabel = "NAME", description = "a bureau's agency (its reports are the ones it sees)")
    String agency;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(Inputs.stdin.get(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            err.println(Cli.text(spec, "account.noPassword", e.getMessage()));
            return ExitCodes.USAGE;
        }
        try (Workspace ws = Workspace.open(workspace, db)) {
            Accounts.Account a = new Accounts(ws).add(name, password, Accounts.Role.parse(role), agency);
            String r = a.role().name().toLowerCase(java.util.Locale.ROOT);
            spec.commandLine().getOut().println(a.agency() == null ? Cli.text(spec, "account.added", a.name(), r)
                : Cli.text(spec, "account.addedAgency", a.name(), r, a.agency()));
            return ExitCodes.OK;
        } catch (WorkspaceException e) {
            err.println(Cli.text(spec, "account.failed", e.message(Cli.lang(spec))));
            return ExitCodes.USAGE;
        }
    }
}
