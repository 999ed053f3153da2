package io.wenliu.analysis.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.corpus.CorpusFrequencies;
import io.wenliu.analysis.enrichment.Enrichment;
import io.wenliu.analysis.pipeline.AnalyzerHolder;
import io.wenliu.platform.http.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Debugging endpoint returning the enrichment the pipeline would produce for a text (offsets into that text). */
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "413", ref = "TextTooLarge")
@APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
@APIResponse(responseCode = "503", ref = "NotReady")
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
            throw Problems.of(
                            "invalid-body",
                            400,
                            "Invalid body",
                            "the body is not the expected JSON {\"title\": ..., \"text\": ...}: "
                                    + e.getOriginalMessage())
                    .build();
        }
        if (request == null) {
            throw Problems.of("invalid-body", 400, "Invalid body", "expected {\"title\": ..., \"text\": ...}")
                    .build();
        }
        return analyze(request.title(), request.text());
    }

    private Enrichment analyze(String title, String text) {
        if (text == null || text.isBlank()) {
            throw Problems.of("invalid-parameter", 400, "Invalid parameter", "text is empty")
                    .with("parameter", "text")
                    .build();
        }
        if (text.length() > config.maxTextChars()) {
            throw Problems.of(
                            "text-too-large",
                            413,
                            "Text too large",
                            "text has " + text.length() + " characters; the limit is " + config.maxTextChars()
                                    + " (wenliu.analysis.max-text-chars)")
                    .with("parameter", "text")
                    .build();
        }
        if (!analyzer.isLoaded()) {
            throw Problems.of("not-ready", 503, "Not ready", "NLP models are still loading")
                    .build();
        }
        return analyzer.get().analyze(title, text, corpus);
    }
}
