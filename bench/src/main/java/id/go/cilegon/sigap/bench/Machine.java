package id.go.cilegon.sigap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on: processor, cores, memory, operating system, JVM, and how busy it was. */
public final class Machine {

    private Machine() {
    }

    public static List<List<String>> describe() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return List.of(
                List.of("processor", cpuModel().orElse(System.getProperty("os.arch"))),
                List.of("cores", String.valueOf(Runtime.getRuntime().availableProcessors())),
                List.of("memory", String.format(Locale.ROOT, "%.1f GiB", os.getTotalMemorySize() / (double) (1L << 30))),
                List.of("operating system", System.getProperty("os.name") + " " + System.getProperty("os.version")),
                List.of("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")"),
                List.of("load average (1, 5, 15 min)", loadAverage()));
    }

    /** The load average as {@code /proc/loadavg} gives it, or the JVM's one-minute figure. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The resident memory of a process, in MiB, as {@code /proc/<pid>/status} gives it. */
    public static Optional<Long> residentMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.US_ASCII).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The live objects on a JVM's heap, in MiB, as {@code jcmd <pid> GC.class_histogram} counts them after the full
     * collection it runs first; for a quiet moment only.
     */
    public static Optional<Long> liveHeapMiB(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process histogram = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            List<String> lines = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList();
            if (!histogram.waitFor(5, TimeUnit.MINUTES) || lines.isEmpty()) {
                return Optional.empty();
            }
            String[] total = lines.get(lines.size() - 1).strip().split("\\s+");
            return total[0].equals("Total") ? Optional.of(Long.parseLong(total[2]) >> 20) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The commit the run was built from, if git can tell. */
    public static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
