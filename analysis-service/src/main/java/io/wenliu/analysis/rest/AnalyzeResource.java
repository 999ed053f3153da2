package io.wenliu.analysis.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.corpus.CorpusFrequencies;
import io.wenliu.analysis.nlp.AnalyzerHolder;
import io.wenliu.analysis.nlp.Enrichment;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Debugging endpoint returning the enrichment the pipeline would produce for a text (offsets into that text). */
@Path("/api/analyze")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {
    @Inject
    AnalyzerHolder analyzer;

    @Inject
    CorpusFrequencies corpus;

    @Inject
    ObjectMapper mapper;

    @Inject
    AnalysisConfig config;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Enrichment analyzeText(String text) {
        return analyze(null, text);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Enrichment analyzeJson(String body) {
        AnalyzeRequest request;
        try {
            request = mapper.readValue(body, AnalyzeRequest.class);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(
                    "the body is not the expected JSON {\"title\": ..., \"text\": ...}: " + e.getOriginalMessage());
        }
        if (request == null) {
            throw new BadRequestException("expected {\"title\": ..., \"text\": ...}");
        }
        return analyze(request.title(), request.text());
    }

    private Enrichment analyze(String title, String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("text is empty");
        }
        if (text.length() > config.maxTextChars()) {
            throw new WebApplicationException(
                    "text has " + text.length() + " characters; the limit is " + config.maxTextChars()
                            + " (wenliu.analysis.max-text-chars)",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        if (!analyzer.isLoaded()) {
            throw new ServiceUnavailableException("NLP models are still loading");
        }
        return analyzer.get().analyze(title, text, corpus);
    }
}
