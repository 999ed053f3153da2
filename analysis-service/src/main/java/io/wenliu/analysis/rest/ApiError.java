package io.wenliu.analysis.rest;

/** JSON body of every error answer (the same shape as ingest-service's). */
public record ApiError(int status, String error, String message) {}
