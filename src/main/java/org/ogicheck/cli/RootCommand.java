package org.ogicheck.cli;

import org.ogicheck.render.Version;
import picocli.CommandLine.Command;

/** ogicheck: the top command; it only groups the subcommands. */
@Command(name = "ogicheck", mixinStandardHelpOptions = true, versionProvider = RootCommand.VersionProvider.class,
    description = "Checks annual reports on government information disclosure (政府信息公开工作年度报告) "
        + "against the rules in rules/.",
    footer = {ExitCodes.HELP, "%nOutput encoding: the console's own when it can show Chinese (GBK on a code-page-936 Windows console),"
        + " else UTF-8; --encoding NAME (anywhere on the line) or OGICHECK_ENCODING=NAME forces one. Files written with --out"
        + " are always UTF-8."})
public final class RootCommand implements Runnable {
    /** the subcommands, in the order the help lists them (added by {@link Cli#commandLine}) */
    static final java.util.List<Class<?>> COMMANDS = java.util.List.of(CheckCommand.class, ParseCommand.class, ExplainCommand.class,
        RulesCommand.class, MutateCommand.class, DemoCommand.class, ServeCommand.class, ImportCommand.class, AccountCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * --lang, accepted by every command (inherited); its value is read before picocli parses the
     * line (see {@link Cli#scan}), as the help texts are chosen by it
     */
    @picocli.CommandLine.Option(names = "--lang", scope = picocli.CommandLine.ScopeType.INHERIT, defaultValue = "zh",
        paramLabel = "LANG", descriptionKey = "lang", description = "zh or en (default: ${DEFAULT-VALUE})")
    String langOption;

    /** the language of this command line, set by {@link Cli} */
    String lang = "zh";

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** version from the jar manifest */
    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.TOOL + " " + Version.get()};
        }
    }
}
