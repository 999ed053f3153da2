package io.wenliu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The figures of each service instance at the end of a run: pid, resident memory, time from start to ready. */
final class ServiceFigures {

    private ServiceFigures() {}

    static List<MemoryFigure> of(StackHandle stack) {
        List<MemoryFigure> figures = new ArrayList<>();
        for (ServiceEndpoint service : stack.services()) {
            OptionalLong pid = stack.pid(service);
            OptionalLong kib = pid.isPresent() ? ResidentMemory.kibOf(pid.getAsLong()) : OptionalLong.empty();
            figures.add(new MemoryFigure(
                    service.instanceName(),
                    pid.isPresent() ? pid.getAsLong() : null,
                    kib.isPresent() ? kib.getAsLong() / 1024.0 : null,
                    service.startupSeconds()));
        }
        return figures;
    }
}
