package fr.education.traam.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessesTest {

    private Process shell;

    @AfterEach
    void stop() {
        if (shell != null) {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }

    @Test
    void sees_that_a_background_job_of_a_script_ignores_sigint_unless_it_is_reset() throws Exception {
        shell = new ProcessBuilder("bash", "-c",
                "sleep 60 & echo $!; env --default-signal=INT sleep 60 & echo $!; wait").start();
        BufferedReader out = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
        ProcessHandle job = ProcessHandle.of(Long.parseLong(out.readLine().strip())).orElseThrow();
        ProcessHandle reset = ProcessHandle.of(Long.parseLong(out.readLine().strip())).orElseThrow();
        // env resets the signal, then becomes sleep: read it once it has.
        for (int attempt = 0; attempt < 100 && !reset.info().command().orElse("").endsWith("sleep"); attempt++) {
            Thread.sleep(50);
        }

        assertThat(Processes.ignoresInterrupt(job)).isTrue();
        assertThat(Processes.ignoresInterrupt(reset)).isFalse();
    }
}
