package org.portcullis.integrations.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real git command line, for setting up and checking repositories independently of JGit. Runs with an empty
 * global configuration so that the machine's settings play no part.
 */
public final class GitCli {

    private final Path home;

    public GitCli(Path home) {
        this.home = home;
    }

    /** Runs {@code git <args>} in {@code dir}; fails on a non-zero exit. Returns stdout. */
    public String run(Path dir, String... args) {
        Result result = tryRun(dir, args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed (" + result.exitCode() + "): "
                    + result.stderr());
        }
        return result.stdout();
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }

    public Result tryRun(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of("-c", "user.name=Hand Writer", "-c", "user.email=hand@example.org",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_TERMINAL_PROMPT", "0");
        Path err = home.resolve("git-stderr-" + System.nanoTime());
        builder.redirectError(err.toFile());
        Process process = null;
        try {
            process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("git " + String.join(" ", args) + " did not finish");
            }
            String stderr = java.nio.file.Files.readString(err);
            java.nio.file.Files.deleteIfExists(err);
            return new Result(process.exitValue(), out, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** A new bare repository (an empty remote) at {@code dir}. */
    public Path initBare(Path dir) {
        run(dir.getParent(), "init", "--bare", "--quiet", dir.toString());
        return dir;
    }
}
