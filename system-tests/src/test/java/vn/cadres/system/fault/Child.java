package vn.cadres.system.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One process of the local system run as a child JVM, as run.sh runs it: started, killed with
 * SIGKILL and started again with the same command, its output appended to one log.
 */
final class Child implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    private final List<String> command;
    private final Path log;
    private final String readyLine;
    private final Integer healthPort;
    private Process process;
    private int starts;

    private Child(String name, List<String> command, Path log, String readyLine, Integer healthPort) {
        this.name = name;
        this.command = command;
        this.log = log;
        this.readyLine = readyLine;
        this.healthPort = healthPort;
    }

    /** A launcher of infra, ready when it prints {@code readyLine}. */
    static Child launcher(String name, Path log, String readyLine, List<String> command) {
        return new Child(name, command, log, readyLine, null);
    }

    /** A service, ready when its health endpoint answers 200. */
    static Child service(String name, Path log, int port, List<String> command) {
        return new Child(name, command, log, null, port);
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    Child start(Duration timeout) {
        List<String> run = new ArrayList<>(command);
        try {
            Files.writeString(log, "--- start " + ++starts + ": " + String.join(" ", run) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            long logged = Files.size(log);
            process = new ProcessBuilder(run).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            // if the test JVM is stopped (a build cancelled), the system goes with it
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
            awaitReady(timeout, logged);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout, long logged) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready(logged)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError(name + " not ready within " + timeout + " (alive: " + process.isAlive()
                        + "); see " + log + ":\n" + tail());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private boolean ready(long logged) {
        if (healthPort == null) {
            return output().substring((int) Math.min(logged, output().length())).lines()
                    .anyMatch(line -> line.startsWith(readyLine));
        }
        try {
            HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + healthPort + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return health.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: nothing is flushed, closed or handed over. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " still alive 30 s after SIGKILL");
        }
    }

    private String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private String tail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
