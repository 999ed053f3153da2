package io.wenliu.bench;

import io.wenliu.stack.Http;
import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ServiceProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/** Kills one component of the stack and waits until the supervisor restarted it and it serves again. */
final class FaultInjector {

    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(3);

    private FaultInjector() {}

    /** Kills {@code component} ({@code atSeconds} into the stream) and times its recovery. */
    static ChaosRun.Fault inject(LocalStack stack, String component, double atSeconds) {
        int before = stack.restarts().getOrDefault(component, 0);
        Console.progress(String.format(Locale.ROOT, "[chaos] %.1f s: kill -9 %s", atSeconds, component));
        long killed = System.nanoTime();
        stack.kill(component);
        long deadline = killed + RECOVERY_TIMEOUT.toNanos();
        while (!(stack.restarts().getOrDefault(component, 0) > before && serves(stack, component))) {
            if (System.nanoTime() > deadline) {
                throw new PhaseFailure("[chaos] " + component + " did not come back within " + RECOVERY_TIMEOUT);
            }
            Pause.millis(250);
        }
        double recovery = Throughput.seconds(killed, System.nanoTime());
        Console.progress(String.format(Locale.ROOT, "[chaos] %s serves again after %.1f s", component, recovery));
        return new ChaosRun.Fault(component, atSeconds, recovery);
    }

    /** A server serves once restarted (its start waits for it); a service once it answers ready. */
    private static boolean serves(LocalStack stack, String component) {
        return stack.services().stream()
                .filter(service -> service.instanceName().equals(component))
                .findFirst()
                .map(FaultInjector::ready)
                .orElse(true);
    }

    private static boolean ready(ServiceProcess service) {
        try {
            return Http.get(service.url() + "/q/health/ready").status() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
