package org.ogicheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ogicheck.engine.RuleService;
import org.ogicheck.engine.RulesException;
import org.ogicheck.web.WebServer;
import org.ogicheck.workspace.Accounts;
import org.ogicheck.workspace.Workspace;
import org.ogicheck.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck serve: the local web page and JSON API, with the rules reloaded as they are edited. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web page (upload a report, see its findings cell by cell) and the JSON API "
        + "(POST /api/check, GET /api/rules, GET /health). Rules are reloaded when their files change; an edit that "
        + "does not compile keeps the previous rules serving and shows a warning on every page.",
    footer = "%nExit codes:%n  0  stopped%n  2  usage error, rules that do not compile at start, or the address is in use%n")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
        description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--max-upload-mb", defaultValue = "20", paramLabel = "MB", description = "largest upload (default: ${DEFAULT-VALUE})")
    int maxUploadMb;

    @Option(names = "--timeout-s", defaultValue = "30", paramLabel = "S", description = "time limit per check (default: ${DEFAULT-VALUE})")
    int timeoutS;

    @Option(names = "--workspace", paramLabel = "DIR",
        description = "keep every report, check and review in this workspace (made when missing) and serve its pages: /reports, /region")
    java.nio.file.Path workspace;

    @Option(names = "--db", paramLabel = "URL",
        description = "the workspace's data in PostgreSQL instead of the embedded database: postgresql://user:password@host:port/db or jdbc:postgresql:…")
    String db;

    @Option(names = "--accounts",
        description = "every workspace page needs a login even on this computer (always so with a --host other than this computer)")
    boolean accounts;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || maxUploadMb < 1 || timeoutS < 1) {
            err.println(Cli.text(spec, "serve.ranges"));
            return ExitCodes.USAGE;
        }
        if (db != null && workspace == null) {
            err.println(Cli.text(spec, "serve.dbNeedsWorkspace"));
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Workspace ws = null;
        boolean logins = accounts || !loopback(host);
        if (workspace != null) {
            try {
                ws = Workspace.open(workspace, db);
                if (logins && !new Accounts(ws).any()) {
                    ws.close();
                    err.println(Cli.text(spec, "serve.noAccounts", workspace));
                    return ExitCodes.USAGE;
                }
            } catch (WorkspaceException e) {
                if (ws != null) ws.close();
                err.println(Cli.text(spec, "serve.workspaceFailed", e.message(Cli.lang(spec))));
                return ExitCodes.USAGE;
            }
        }
        try (Workspace open = ws; RuleService service = new RuleService(rules.resolve());
             WebServer server = new WebServer(service, new WebServer.Settings(host, port, maxUploadMb * 1024L * 1024L,
                 Duration.ofSeconds(timeoutS)), line -> err.println("ogicheck serve: " + line), open, logins)) {
            if (open != null) err.println(Cli.text(spec, logins ? "serve.workspaceLogins" : "serve.workspace", workspace, open.database()));
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            err.println(Cli.text(spec, "serve.listening", "http://" + host + ":" + server.port() + "/", service.current().dirs()));
            stopped.await();
        } catch (RulesException e) {
            e.lines(Cli.lang(spec)).forEach(l -> err.println("ogicheck: " + l));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(Cli.text(spec, "serve.cannotListen", host + ":" + port, e.getMessage()));
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }

    /** whether the address is this computer only */
    static boolean loopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
