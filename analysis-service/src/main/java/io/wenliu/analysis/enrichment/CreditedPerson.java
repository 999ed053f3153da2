package io.wenliu.analysis.enrichment;

import java.util.List;

/**
 * A person the article credits (reporter, correspondent, photographer, editor): a PERSON mention found in the head
 * rather than the body, with every role it is credited in, in printed order.
 */
public record CreditedPerson(String text, EntityType type, List<String> roles) {}
