package io.wenliu.bench;

/** One service instance at the end of the run: its pid, resident memory and (own stack) start-to-ready time. */
public record MemoryFigure(String instance, Long pid, Double residentMb, Double startupSeconds) {}
