package io.wenliu.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** The state of reading one byline's tokens left to right: roles, names, agencies and photographers' credits. */
final class BylineReading {

    private final List<String> parts = new ArrayList<>();
    private final List<Credit> credits = new ArrayList<>();
    private final List<String> agencies = new ArrayList<>();
    private final List<String> singles = new ArrayList<>();
    private final List<String> tentative = new ArrayList<>();
    /** Index in {@link #credits} where the names of the current role start (a trailing 摄 turns them into 摄影). */
    private int groupStart;

    private String role = "作者";
    private boolean roleSeen;
    /** Set after a byline box mark: what follows is a byline, so names of any surname count. */
    private boolean nameContext;
    /**
     * Whether there is more than one token: a name written against its role word (记者巴特尔) needs a known surname
     * unless it stands in a list, so that 记者节到了 is no credit.
     */
    private boolean list;
    /** Set after 来源：, whose outlet is the source. */
    private boolean expectingSource;

    private boolean other;

    private BylineReading() {}

    /** Reads the tokens; after a byline box mark ({@code □逄晓东}) names of any surname count. */
    static BylineReading read(String[] tokens, boolean marked) {
        BylineReading reading = new BylineReading();
        reading.nameContext = marked;
        reading.list = tokens.length > 1;
        for (String token : tokens) {
            reading.accept(token);
        }
        reading.flushSingles();
        return reading;
    }

    private void accept(String printed) {
        if (printed.equals(BylineTokens.BREAK)) {
            flushSingles();
            return;
        }
        String token = printed;
        boolean photo = false;
        if (token.length() > 2 && token.endsWith("报道")) {
            token = token.substring(0, token.length() - 2);
        } else if (token.equals("报道")) {
            return;
        }
        if (token.length() > 1 && token.endsWith("摄")) {
            token = token.substring(0, token.length() - 1);
            photo = true;
        } else if (token.equals("摄")) {
            flushSingles();
            parts.add(token);
            markPhotographers();
            return;
        }
        for (String piece : CreditPieces.pieces(token)) {
            acceptPiece(piece);
        }
        if (photo) {
            flushSingles();
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "摄");
            markPhotographers();
        }
    }

    private void acceptPiece(String token) {
        boolean source = expectingSource;
        expectingSource = false;
        if (token.equals("来源")) {
            flushSingles();
            parts.add(token);
            expectingSource = true;
            return;
        }
        Matcher roleToken = RoleWords.ROLE.matcher(token);
        if (roleToken.matches()) {
            flushSingles();
            startRole(roleToken);
        } else if (token.codePointCount(0, token.length()) == 1 && Character.isIdeographic(token.codePointAt(0))) {
            singles.add(token);
        } else {
            flushSingles();
            if (source && CreditPieces.OUTLET.matcher(token).matches()) {
                agencies.add(token);
                parts.add(token);
            } else if (isName(token, roleSeen || nameContext)) {
                addName(token);
            } else if (ChineseNames.isNameInContext(token)) {
                // A name of an unlisted surname counts if a 摄 follows it (赖志坚 摄).
                parts.add(token);
                tentative.add(token);
            } else {
                parts.add(token);
                other = true;
            }
        }
    }

    private void startRole(Matcher roleToken) {
        String agency = roleToken.group("agency");
        if (agency != null && !agencies.contains(agency)) {
            agencies.add(agency);
        }
        String printedRole = roleToken.group("role");
        String previous = role;
        boolean noNamesYet = roleSeen && credits.size() == groupStart;
        role = switch (printedRole) {
            case "摄影记者" -> "摄影";
            case "全媒体记者", "融媒体记者" -> "记者";
            case "特约评论员" -> "评论员";
            default -> printedRole;
        };
        if (noNamesYet && !new Credit(previous, "").isAuthor()) {
            // 摄影：极目新闻记者 仝毅 — the credit says what the person did here, the title what they are.
            role = previous;
        }
        roleSeen = true;
        groupStart = credits.size();
        String name = roleToken.group("name");
        String label = (agency == null ? "" : agency) + printedRole;
        if (role.equals("评论员") && name.isEmpty()) {
            parts.add(label);
            credits.add(new Credit(role, label));
        } else if (name.isEmpty()) {
            parts.add(label);
        } else if (isName(name, list || nameContext)) {
            parts.add(label);
            addName(name);
        } else {
            parts.add(roleToken.group());
            other = true;
        }
    }

    private void addName(String name) {
        parts.add(name);
        credits.add(new Credit(role, name));
    }

    private void markPhotographers() {
        roleSeen = true;
        tentative.forEach(name -> credits.add(new Credit("摄影", name)));
        tentative.clear();
        for (int i = groupStart; i < credits.size(); i++) {
            credits.set(i, new Credit("摄影", credits.get(i).name()));
        }
    }

    /** Consecutive one-character tokens are one name split by layout spaces ({@code 林 晖} is 林晖). */
    private void flushSingles() {
        if (singles.isEmpty()) {
            return;
        }
        String name = String.join("", singles);
        singles.clear();
        if (isName(name, roleSeen || nameContext)) {
            addName(name);
        } else {
            parts.add(name);
            other = true;
        }
    }

    /** Nothing but roles and names, with somebody named. */
    boolean namesOnly() {
        return !other && tentative.isEmpty() && !credits.isEmpty();
    }

    /** Nothing but roles and names, with somebody credited under a role. */
    boolean isCreditList() {
        return !other && tentative.isEmpty() && roleSeen && !credits.isEmpty();
    }

    Byline byline() {
        List<String> authors =
                credits.stream().filter(Credit::isAuthor).map(Credit::name).toList();
        String source = agencies.isEmpty() ? null : agencies.get(0);
        String coSource = agencies.size() > 1 ? agencies.get(1) : null;
        return new Byline(String.join(" ", parts), authors, source, coSource, credits);
    }

    /** A name standing alone must look like one (known surname); after a role word any short Han name will do. */
    private static boolean isName(String text, boolean afterRole) {
        return afterRole ? ChineseNames.isNameInContext(text) : ChineseNames.isPersonalName(text) || isDotted(text);
    }

    private static boolean isDotted(String text) {
        return text.indexOf('·') > 0 && ChineseNames.isNameInContext(text);
    }
}
