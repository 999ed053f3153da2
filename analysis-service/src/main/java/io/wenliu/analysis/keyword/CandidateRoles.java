package io.wenliu.analysis.keyword;

import io.wenliu.analysis.segment.Token;
import java.util.List;
import java.util.Set;

/** What each token of a text may be in a keyword candidate, worked out once per token. */
final class CandidateRoles {
    /** Verbs too empty to open a key phrase (称为大流行, 成为主力). */
    private static final Set<String> LIGHT_VERBS = Set.of(
            "称为", "成为", "作为", "进行", "实现", "检验", "开展", "加强", "推进", "做好", "提供", "发挥", "突破", "捐赠", "认为", "表示", "通过", "需要",
            "包括");

    /** The tail of an organisation's name is no key phrase and opens none (有限公司捐赠: a name's end and a verb). */
    private static final Set<String> NAME_TAILS = Set.of("有限公司", "股份有限公司", "公司", "集团", "有限责任公司");

    /** A content word: a keyword candidate on its own. */
    final boolean[] content;
    /** May open a compound. */
    final boolean[] firstPart;
    /** May continue a compound. */
    final boolean[] laterPart;
    /** May be the first word of a counted compound. */
    final boolean[] start;

    private final boolean[] end;
    private final boolean[] stop;
    private final boolean[] verb;

    CandidateRoles(List<Token> tokens, StopWords stopWords) {
        int n = tokens.size();
        content = new boolean[n];
        firstPart = new boolean[n];
        laterPart = new boolean[n];
        start = new boolean[n];
        end = new boolean[n];
        stop = new boolean[n];
        verb = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String nature = t.nature();
            stop[i] = stopWords.contains(t.text());
            boolean endsWithTitle = stopWords.endsWithTitle(t.text());
            content[i] = isContent(t, stop[i], endsWithTitle);
            firstPart[i] = isCompoundPart(t, true, stop[i]);
            laterPart[i] = isCompoundPart(t, false, stop[i]);
            start[i] = t.text().length() >= 2 && (content[i] || nature.equals("a")) && !LIGHT_VERBS.contains(t.text());
            end[i] = t.text().length() >= 2 && !nature.equals("a") && !endsWithTitle;
            verb[i] = nature.equals("v");
        }
    }

    /**
     * Whether token {@code i} may end the compound of {@code words}: a noun-like word, and no generic head after a
     * full phrase (疫情防控工作); verb + object (服务群众) and subject + verb (干部担当) only as two-word phrases.
     */
    boolean isCompoundEnd(int i, List<String> words) {
        return end[i] && !(stop[i] && words.get(0).length() >= 4) && (words.size() == 2 || !verb[i]);
    }

    private static boolean isCompoundPart(Token t, boolean first, boolean stopWord) {
        String n = t.nature();
        boolean stop = stopWord && (first || !(n.startsWith("n") || n.equals("vn")));
        return !t.isPunctuation()
                && !stop
                && !n.startsWith("nr")
                && !n.startsWith("m")
                && !n.startsWith("t")
                && !n.startsWith("q")
                && (n.startsWith("n")
                        || n.startsWith("v")
                        || n.equals("a")
                        || n.equals("an")
                        || n.equals("j")
                        || n.equals("l")
                        || n.equals("b"));
    }

    private static boolean isContent(Token t, boolean stopWord, boolean endsWithTitle) {
        String n = t.nature();
        boolean tagOk = n.startsWith("n")
                || n.equals("vn")
                || n.equals("v")
                || n.equals("l")
                || n.equals("i")
                || n.equals("j")
                || n.equals("an");
        boolean name = n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt");
        boolean junk = n.equals("nw") && t.text().length() >= 6;
        return tagOk
                && !name
                && !junk
                && !NAME_TAILS.contains(t.text())
                && t.text().length() >= 2
                && !stopWord
                && !endsWithTitle;
    }
}
