package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** ogicheck serve: its options and the one-line reasons it does not start. */
class ServeCommandTest {
    @Test
    void helpNamesTheOptions() {
        CliRun help = CliRun.of("serve", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--host", "127.0.0.1", "--port", "--rules", "--max-upload-mb", "--timeout-s", "退出码");
        assertThat(CliRun.of("serve", "--help", "--lang", "en").out()).contains("--host", "--port", "Exit codes");
        assertThat(CliRun.of("--help").out()).contains("serve");
    }

    @Test
    void badOptionsMissingRulesAndABusyPortExitTwo() throws Exception {
        assertThat(CliRun.of("serve", "--port", "-1").code()).isEqualTo(2);
        CliRun noRules = CliRun.of("serve", "--port", "0", "--rules", "no-such-folder");
        assertThat(noRules.code()).isEqualTo(2);
        assertThat(noRules.err()).contains("规则文件夹不存在");
        assertThat(CliRun.of("serve", "--lang", "en", "--port", "0", "--rules", "no-such-folder").err()).contains("rules folder not found");
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun r = CliRun.of("serve", "--port", String.valueOf(busy.getLocalPort()));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("无法在 127.0.0.1:" + busy.getLocalPort() + " 上监听").doesNotContain("Exception\n\tat");
            CliRun en = CliRun.of("serve", "--lang", "en", "--port", String.valueOf(busy.getLocalPort()));
            assertThat(en.err()).contains("cannot listen on 127.0.0.1:" + busy.getLocalPort());
        }
    }
}
