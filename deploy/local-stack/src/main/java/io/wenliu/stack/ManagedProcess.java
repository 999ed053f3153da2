package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A child process, logging to a file, whose whole process tree is stopped on close. */
public final class ManagedProcess implements AutoCloseable {

    private static final Pattern ERROR_LINE = Pattern.compile("\\b(ERROR|FATAL|SEVERE)\\b|^\\S*(Exception|Error)\\b");
    private static final System.Logger LOG = System.getLogger(ManagedProcess.class.getName());
    private static final Duration DEFAULT_GRACE = Duration.ofSeconds(15);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final String executable;

    private ManagedProcess(String name, Process process, Path logFile, String executable) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.executable = executable;
    }

    /** Starts {@code command} in {@code workDir} with extra {@code env}, appending stdout and stderr to the log. */
    public static ManagedProcess start(
            String name, List<String> command, Map<String, String> env, Path workDir, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(OrphanGuard.wrap(command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            ManagedProcess managed = new ManagedProcess(
                    name,
                    process,
                    logFile,
                    Path.of(command.get(0)).getFileName().toString());
            ProcessReaper.register(managed);
            LOG.log(Level.DEBUG, "Started {0} (pid {1}), log {2}", name, process.pid(), logFile);
            return managed;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + command, e);
        }
    }

    /** Runs {@code command} to completion, failing with the log's tail when it exits non-zero. */
    public static void run(String name, List<String> command, Map<String, String> env, Path workDir, Path logFile) {
        ManagedProcess managed = start(name, command, env, workDir, logFile);
        try {
            if (!managed.process.waitFor(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException(name + " did not finish within 2 minutes; see " + logFile);
            }
            if (managed.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed (exit " + managed.process.exitValue() + "): "
                        + managed.logTail() + "\nFull log: " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + name, e);
        } finally {
            managed.close();
        }
    }

    /** Whether the process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The process id. */
    public long pid() {
        return process.pid();
    }

    /**
     * The process id of the command itself: under the {@link OrphanGuard} watchdog that is the watchdog's child
     * running the command's executable, otherwise (or when it cannot be told apart) {@link #pid()}.
     */
    public long commandPid() {
        return process.children()
                .filter(child -> child.info()
                        .command()
                        .map(command ->
                                Path.of(command).getFileName().toString().equals(executable))
                        .orElse(false))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElse(process.pid());
    }

    /** Kills the command and everything it started with SIGKILL, as a crash or a lost machine would. */
    public void kill() {
        killTree(commandPid());
    }

    /** Kills process {@code pid} and its descendants with SIGKILL. */
    static void killTree(long pid) {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
    }

    /** The file stdout and stderr go to. */
    public Path logFile() {
        return logFile;
    }

    /**
     * Fails with the log's first error lines and its tail when the process has exited (for use while waiting for
     * readiness): the cause of an exit is often logged long before the shutdown noise that ends the log.
     */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; first errors:\n"
                    + firstErrors() + "\nlast lines:\n" + logTail() + "\nFull log: " + logFile);
        }
    }

    /** The first lines of the log that report an error or an exception. */
    String firstErrors() {
        try (Stream<String> lines = Files.lines(logFile)) {
            return String.join(
                    "\n",
                    lines.filter(line -> ERROR_LINE.matcher(line).find())
                            .limit(5)
                            .toList());
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** The last lines of the log file. */
    public String logTail() {
        try (Stream<String> lines = Files.lines(logFile)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stopAll(List.of(this), DEFAULT_GRACE);
    }

    /** Asks every process tree to stop (SIGTERM), waits up to {@code grace}, then kills what is left. */
    public static void stopAll(Collection<ManagedProcess> processes, Duration grace) {
        List<ProcessHandle> handles = new ArrayList<>();
        for (ManagedProcess managed : processes) {
            ProcessReaper.unregister(managed);
            List<ProcessHandle> tree =
                    new ArrayList<>(managed.process.descendants().toList());
            tree.add(0, managed.process.toHandle());
            tree.forEach(ProcessHandle::destroy);
            handles.addAll(tree);
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : handles) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                LOG.log(Level.DEBUG, "Process {0} still running after {1}", handle.pid(), grace);
            }
        }
        for (ProcessHandle handle : handles) {
            if (handle.isAlive()) {
                LOG.log(Level.WARNING, "Killing process {0}: it ignored SIGTERM for {1}", handle.pid(), grace);
                handle.destroyForcibly();
            }
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
