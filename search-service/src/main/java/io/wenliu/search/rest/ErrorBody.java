package io.wenliu.search.rest;

/** JSON body of an error response. */
public record ErrorBody(int status, String error, String parameter) {}
