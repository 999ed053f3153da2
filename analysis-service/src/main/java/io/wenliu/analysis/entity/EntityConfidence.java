package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Resources;
import io.wenliu.analysis.segment.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a recognised mention can be trusted: the precision, measured on annotated news, of mentions with the same
 * type and the same evidence. The evidence is four yes/no facts: the gazetteer or the core dictionary knows the
 * string as a name of that type ({@code known}); the tagger's own word has exactly that span and type ({@code
 * tagged}); the string has the type's form, a head noun for organisations, a place suffix for places, a common
 * surname or transliteration for people ({@code formed}); a shorter dictionary word inside it is a name ({@code
 * named}). The table ({@value #TABLE}) is measured, not chosen: see
 * the README's quality section for the command that regenerates it.
 */
public final class EntityConfidence {
    /** Classpath resource of the table: {@code TYPE<TAB>evidence<TAB>mentions<TAB>correct<TAB>confidence}. */
    public static final String TABLE = "entity/entity-confidence.tsv";

    /** Evidence key of a type's row over all evidence: used for combinations the table has not seen. */
    public static final String ANY = "*";

    private final Gazetteer gazetteer;
    private final PersonNames people;
    private final PlaceNames placeNames;
    private final OrganisationNames organisationNames;
    private final Map<String, Double> confidences;

    EntityConfidence(NameLists names, Map<String, Double> confidences) {
        this.gazetteer = names.gazetteer();
        this.people = names.people();
        this.placeNames = names.places();
        this.organisationNames = names.organisations();
        this.confidences = Map.copyOf(confidences);
    }

    /** The shipped table. */
    public static EntityConfidence load(NameLists names) {
        Map<String, Double> table = new HashMap<>();
        for (String line : Resources.lines(TABLE)) {
            String[] parts = line.split("\t");
            if (parts.length != 5) {
                throw new IllegalStateException(TABLE + ": expected 5 columns in '" + line + "'");
            }
            table.put(parts[0] + "\t" + parts[1], Double.parseDouble(parts[4]));
        }
        return new EntityConfidence(names, table);
    }

    /**
     * The confidence of each mention, in the mentions' order; tokens are the tagger's and words the dictionary
     * segmentation's, of the same text.
     */
    public double[] of(List<Mention> mentions, List<Token> tokens, List<Token> words) {
        List<String> evidence = evidence(mentions, tokens, words);
        double[] out = new double[mentions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = confidence(mentions.get(i).type(), evidence.get(i));
        }
        return out;
    }

    /** The evidence key of each mention, in the mentions' order (what the table is measured by). */
    public List<String> evidence(List<Mention> mentions, List<Token> tokens, List<Token> words) {
        Map<Long, Token> bySpan = bySpan(tokens);
        return mentions.stream()
                .map(m -> evidence(m, bySpan.get(span(m.start(), m.end())), words))
                .toList();
    }

    private String evidence(Mention m, Token sameSpan, List<Token> words) {
        boolean known = gazetteer.isKnownAs(m.text(), m.type());
        boolean tagged = sameSpan != null && EntityRules.typeOf(sameSpan.nature()) == m.type();
        boolean formed = switch (m.type()) {
            case ORGANIZATION -> organisationNames.endsWithOrganisationSuffix(m.text());
            case LOCATION -> placeNames.endsWithPlaceSuffix(m.text()) || placeNames.endsWithFacilitySuffix(m.text());
            case PERSON ->
                (m.length() >= 2 && m.length() <= 3 && people.hasCommonSurname(m.text()))
                        || (m.length() >= 2 && people.isTransliteration(m.text()));
        };
        boolean named = hasInnerName(m, words);
        return (known ? "known" : "-") + "," + (tagged ? "tagged" : "-") + "," + (formed ? "formed" : "-") + ","
                + (named ? "named" : "-");
    }

    /**
     * Whether a dictionary word inside the mention, shorter than it, is a name (place, person, organisation …). The
     * words are in text order, so only those from the first one starting inside the mention are looked at.
     */
    private boolean hasInnerName(Mention m, List<Token> words) {
        for (int i = firstStartingAtOrAfter(words, m.start()); i < words.size(); i++) {
            Token t = words.get(i);
            if (t.start() >= m.end()) {
                return false;
            }
            int length = t.end() - t.start();
            if (t.end() <= m.end() && length < m.length() && length >= 2 && isName(t)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first word (in text order) starting at or after {@code offset}; the size when none does. */
    private static int firstStartingAtOrAfter(List<Token> words, int offset) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private boolean isName(Token t) {
        String n = t.nature();
        return EntityRules.typeOf(n) != null || n.equals("nz") || n.equals("j") || placeNames.isKnownPlace(t.text());
    }

    /** The table's confidence for a type and evidence key, else the type's overall figure, else 0.5. */
    double confidence(EntityType type, String evidence) {
        Double exact = confidences.get(type + "\t" + evidence);
        if (exact != null) {
            return exact;
        }
        return confidences.getOrDefault(type + "\t" + ANY, 0.5);
    }

    private static Map<Long, Token> bySpan(List<Token> tokens) {
        Map<Long, Token> bySpan = new HashMap<>(tokens.size() * 2);
        for (Token t : tokens) {
            bySpan.put(span(t.start(), t.end()), t);
        }
        return bySpan;
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }
}
