package io.wenliu.search.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON body of an error response; {@code parameter} names the offending request parameter when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String error, String parameter) {}
