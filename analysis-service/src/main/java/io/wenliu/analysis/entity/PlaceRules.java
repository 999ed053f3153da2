package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Token;
import java.util.List;

/** Places: administrative chains split, places in lists the tagger missed, one-character country abbreviations. */
final class PlaceRules {
    /** The shortest facility name left once a place before it is split off (虹口|体育馆, not 北京|站). */
    private static final int MIN_FACILITY_NAME = 4;
    /** How many known places a chain may have split off its front (黑龙江|桦南|城子岭村). */
    private static final int MAX_CHAIN_PREFIXES = 3;

    private final PlaceNames placeNames;

    PlaceRules(NameLists names) {
        this.placeNames = names.places();
    }

    /** Splits a place chain (太平镇庆乐村幸福屯, 湖北省武汉市) after each inner administrative suffix. */
    void splitChain(String s, int start, List<Mention> out) {
        if (s.endsWith("地区") && s.length() >= 4) {
            s = s.substring(0, s.length() - 2);
        }
        int from = 0;
        // known places written one after another (安徽|天长|天宝社区) are split off one by one; a place known as a
        // whole (马来西亚, 几内亚比绍) or a place and its unit alone (西藏|自治区) is one name
        for (int step = 0; step < MAX_CHAIN_PREFIXES; step++) {
            String rest = s.substring(from);
            int prefix = placeNames.knownPlacePrefix(rest);
            if (prefix == 0
                    || placeNames.isKnownPlace(rest)
                    || placeNames.isUnit(rest.substring(prefix))
                    || !(placeNames.endsWithPlaceSuffix(rest) || placeNames.isKnownPlace(rest.substring(prefix)))) {
                break;
            }
            out.add(new Mention(EntityType.LOCATION, rest.substring(0, prefix), start + from, start + from + prefix));
            from += prefix;
        }
        for (int i = from + 1; i < s.length() - 2; i++) {
            if (PlaceNames.CHAIN_SUFFIXES.contains(s.charAt(i)) && i + 1 - from >= 2 && s.length() - i - 1 >= 2) {
                out.add(new Mention(EntityType.LOCATION, s.substring(from, i + 1), start + from, start + i + 1));
                from = i + 1;
            }
        }
        out.add(new Mention(EntityType.LOCATION, s.substring(from), start + from, start + s.length()));
    }

    /**
     * A facility (体育馆, 火车站, 大桥). A known place written before a name of its own is a place of its own
     * (上海|虹口体育馆, 四川|广元火车站, 北京|人民大会堂); before a generic name it is part of the name (北京图书大厦).
     */
    void facility(String s, int start, List<Mention> out) {
        int prefix = placeNames.knownPlacePrefix(s);
        String rest = s.substring(prefix);
        if (prefix > 0
                && rest.length() >= MIN_FACILITY_NAME
                && (placeNames.isKnownPlace(rest) || placeNames.knownPlacePrefix(rest) > 0)) {
            out.add(new Mention(EntityType.LOCATION, s.substring(0, prefix), start, start + prefix));
        } else {
            prefix = 0;
        }
        out.add(new Mention(EntityType.LOCATION, s.substring(prefix), start + prefix, start + s.length()));
    }

    /** Places the tagger missed inside a list of places (吉林辽源、湖南岳阳). */
    void placesInLists(List<Token> tokens, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.nature().startsWith("ns") || t.text().length() < 2) {
                continue;
            }
            boolean prevPlace = i > 0 && tokens.get(i - 1).nature().startsWith("ns");
            boolean nextPlace =
                    i + 1 < tokens.size() && tokens.get(i + 1).nature().startsWith("ns");
            boolean listed = i > 1
                    && tokens.get(i - 1).text().equals("、")
                    && tokens.get(i - 2).nature().startsWith("ns");
            // the dictionary lookup last: most words have no place beside them
            if ((prevPlace || nextPlace || listed)
                    && !placeNames.isAmbiguous(t.text())
                    && placeNames.isKnownPlace(t.text())) {
                out.add(new Mention(EntityType.LOCATION, t.text(), t.start(), t.end()));
            }
        }
    }

    /** One-character abbreviations in pairs (中美, 中俄) and after visit verbs (访华, 来京). */
    void abbreviations(List<Token> tokens, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String s = t.text();
            if (s.length() == 2
                    && PlaceNames.VISIT_VERBS.contains(s.charAt(0))
                    && PlaceNames.VISITED.contains(s.charAt(1))) {
                out.add(new Mention(EntityType.LOCATION, s.substring(1), t.start() + 1, t.end()));
                continue;
            }
            if (s.length() == 2
                    && isAbbreviation(s.charAt(0))
                    && isAbbreviation(s.charAt(1))
                    && (s.charAt(0) == '中' || s.charAt(1) == '中' || t.nature().equals("j"))) {
                out.add(new Mention(EntityType.LOCATION, s.substring(0, 1), t.start(), t.start() + 1));
                out.add(new Mention(EntityType.LOCATION, s.substring(1), t.start() + 1, t.end()));
                continue;
            }
            if (s.equals("中")
                    && i + 2 < tokens.size()
                    && tokens.get(i + 1).text().equals("、")
                    && tokens.get(i + 2).nature().equals("j")
                    && tokens.get(i + 2).text().length() == 1
                    && isAbbreviation(tokens.get(i + 2).text().charAt(0))) {
                out.add(new Mention(EntityType.LOCATION, s, t.start(), t.end()));
                continue;
            }
            if (s.length() == 2 && s.charAt(1) == '方' && isAbbreviation(s.charAt(0))) {
                out.removeIf(m -> m.start() == t.start() && m.end() == t.end()); // 韩方 read as a name
                out.add(new Mention(EntityType.LOCATION, s.substring(0, 1), t.start(), t.start() + 1)); // 中|方
                continue;
            }
            if (s.length() == 1 && isAbbreviation(s.charAt(0)) && beforeBothCountries(tokens, i)) {
                out.add(new Mention(EntityType.LOCATION, s, t.start(), t.end())); // 意|中|两国
                continue;
            }
            if (s.length() == 1 && isAbbreviation(s.charAt(0)) && i + 1 < tokens.size()) {
                Token next = tokens.get(i + 1);
                if (next.text().length() == 1
                        && !isPreposition(t)
                        && !isPreposition(next) // 比赛中|以|2∶0: in, by
                        && isAbbreviation(next.text().charAt(0))
                        && (s.charAt(0) == '中'
                                || next.nature().equals("j")
                                || t.nature().equals("j"))) {
                    out.add(new Mention(EntityType.LOCATION, s, t.start(), t.end()));
                    out.add(new Mention(EntityType.LOCATION, next.text(), next.start(), next.end()));
                    i++;
                }
            }
        }
    }

    /**
     * Whether the token is one of the one-character countries right before 两国 (意|中|两国, 布|中|两|国): the count
     * says they are countries whatever the tagger read.
     */
    private static boolean beforeBothCountries(List<Token> tokens, int i) {
        int k = i + 1;
        if (k < tokens.size()
                && tokens.get(k).text().length() == 1
                && isAbbreviation(tokens.get(k).text().charAt(0))) {
            k++;
        }
        StringBuilder after = new StringBuilder();
        for (int j = k; j < tokens.size() && j < k + 2 && after.length() < 2; j++) {
            after.append(tokens.get(j).text());
        }
        return after.toString().startsWith("两国");
    }

    private static boolean isPreposition(Token t) {
        return t.nature().equals("p");
    }

    private static boolean isAbbreviation(char c) {
        return PlaceNames.COUNTRY_ABBREVIATIONS.contains(c);
    }
}
