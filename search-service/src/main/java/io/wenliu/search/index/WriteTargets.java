package io.wenliu.search.index;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The indices live events are written to: the index behind the alias, plus one being rebuilt during a reindex. */
@Singleton
public class WriteTargets {

    private volatile List<String> indices = List.of();

    /** The current write indices, in a stable order. */
    public List<String> indices() {
        return indices;
    }

    /** Replaces all targets with the live index. */
    public synchronized void setLive(String index) {
        indices = List.of(index);
    }

    /** Adds an index that also receives live writes (an index being rebuilt). */
    public synchronized void add(String index) {
        if (!indices.contains(index)) {
            List<String> next = new ArrayList<>(indices);
            next.add(index);
            indices = List.copyOf(next);
        }
    }

    /** Stops writing to an index. */
    public synchronized void remove(String index) {
        List<String> next = new ArrayList<>(indices);
        next.remove(index);
        indices = List.copyOf(next);
    }

    /** True once the live index is known. */
    public boolean ready() {
        return !indices.isEmpty();
    }
}
