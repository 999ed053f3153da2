package io.wenliu.ingest.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines and credit lists such as {@code □新华社记者 林 晖 人民日报记者 孟祥夫}, {@code 记者 王小明、李华
 * 通讯员 张三}, {@code 文/王小明} or {@code 新华社记者 程敏 摄}: removes the box mark and the layout spaces inside
 * names, and finds each credited person with their role, the authors among them, the agency and a co-publishing paper.
 */
public final class BylineCleaner {

    private static final String MARKS = "□■◎●▲◆☆★";

    private static final String ROLE_WORDS =
            "特约记者|首席记者|摄影记者|见习记者|实习记者|全媒体记者|融媒体记者|记者|特约通讯员|通讯员|实习生|特约评论员|评论员|责任编辑|编辑|作者|摄影";

    /** An optional outlet, a role word and an optional name written against it: 新华社记者, 记者王小明, 本报通讯员. */
    private static final Pattern ROLE =
            Pattern.compile("^" + Outlets.group("agency") + "?(?<role>" + ROLE_WORDS + ")(?<name>[\\p{IsHan}·]*)$");

    private static final Pattern ROLE_WORD = Pattern.compile(ROLE_WORDS);
    private static final Pattern ROLE_START =
            Pattern.compile("^" + Outlets.group("agency") + "?(?:" + ROLE_WORDS + ")");
    private static final Pattern OUTLET = Pattern.compile(Outlets.group("outlet"));
    private static final Pattern KNOWN_OUTLET = Pattern.compile(Outlets.known());

    /** A picture credited to an agency: 据新华社发, 据新华社电. */
    private static final Pattern CREDIT = Pattern.compile("^据(?<agency>[\\p{IsHan}]{2,10}?)(?:电|发|报道)$");

    /** Role words written with a slash or colon before the name: 文/王小明, 作者：王小明, 图｜李华, 责任编辑：赵六. */
    private static final Pattern LABELLED =
            Pattern.compile("(?<![\\p{IsHan}])(?<label>来源|文|撰文|作者|图|摄影|摄|编辑|责任编辑|记者|通讯员|实习生)\\s*[/／|｜丨:：]\\s*");

    /** Separators between names; the strong ones also end a name split by layout spaces (罗　敏、潘　宁). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,；;：:/／|｜丨]+");

    private static final Pattern STRONG_SEPARATORS = Pattern.compile("[、，,；;：:/／|｜丨]");

    /** The token standing for a strong separator. */
    private static final String BREAK = "¦";

    /**
     * Whether the line is a byline opened by a box mark ({@code □新华社记者 林 晖}, {@code □逄晓东}): the mark, then
     * nothing but credits or names. A bullet before a heading ({@code ●定位———一个不能缺少关怀的空间}) is not one.
     */
    public boolean startsWithMark(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || MARKS.indexOf(stripped.charAt(0)) < 0) {
            return false;
        }
        String[] tokens = tokens(stripped);
        return tokens.length > 0
                && tokens.length <= 24
                && (CREDIT.matcher(String.join("", tokens)).matches()
                        || read(tokens, true).namesOnly());
    }

    /**
     * Whether the line is a byline: a box mark, a {@code 据XX发} credit, or nothing but role words and names with at
     * least one person (or institutional byline) credited under a role.
     */
    public boolean looksLikeByline(String line) {
        if (startsWithMark(line)) {
            return true;
        }
        String[] tokens = tokens(line);
        if (tokens.length == 0 || tokens.length > 24) {
            return false;
        }
        return CREDIT.matcher(String.join("", tokens)).matches()
                || read(tokens, false).isCreditList();
    }

    /** Whether the text starts with a role word, after an optional outlet: 记者王小明, 本报通讯员. */
    public boolean startsWithRole(String text) {
        return ROLE_START.matcher(text).find();
    }

    /** Whether the text (the inside of a bracket after a dateline, say) is a credit list and nothing else. */
    public boolean isCreditList(String text) {
        String[] tokens = tokens(text);
        return tokens.length > 0 && tokens.length <= 32 && read(tokens, false).isCreditList();
    }

    /** Parses byline text (one or more lines joined with spaces). */
    public Byline parse(String raw) {
        String[] tokens = tokens(raw);
        String joined = String.join("", tokens);
        Matcher credit = CREDIT.matcher(joined);
        if (credit.matches()) {
            return new Byline(joined, List.of(), credit.group("agency"), null, List.of());
        }
        return read(tokens, startsWithMark(raw)).byline();
    }

    /** Parses a line that holds only a person's name (e.g. {@code 柏长岭} under a commentary title), if it is one. */
    public Optional<Byline> parseBareName(String line) {
        String[] tokens = tokens(line);
        String joined = String.join("", tokens);
        boolean singles = tokens.length == 1 || Arrays.stream(tokens).allMatch(t -> t.length() == 1);
        if (singles && ChineseNames.isPersonalName(joined)) {
            return Optional.of(new Byline(joined, List.of(joined), null, null, List.of(new Credit("作者", joined))));
        }
        return Optional.empty();
    }

    /** Reads the tokens; after a byline box mark ({@code □逄晓东}) names of any surname count. */
    private static Reading read(String[] tokens, boolean marked) {
        Reading reading = new Reading();
        reading.nameContext = marked;
        reading.list = tokens.length > 1;
        for (String token : tokens) {
            reading.accept(token);
        }
        reading.flushSingles();
        return reading;
    }

    private static String[] tokens(String raw) {
        String cleaned = raw.replace('\u3000', ' ').strip();
        while (!cleaned.isEmpty() && MARKS.indexOf(cleaned.charAt(0)) >= 0) {
            cleaned = cleaned.substring(1).strip();
        }
        Matcher labelled = LABELLED.matcher(cleaned);
        StringBuilder relabelled = new StringBuilder();
        while (labelled.find()) {
            labelled.appendReplacement(relabelled, label(labelled.group("label")) + " ");
        }
        cleaned = labelled.appendTail(relabelled).toString();
        cleaned = STRONG_SEPARATORS.matcher(cleaned).replaceAll(" " + BREAK + " ");
        cleaned = SEPARATORS.matcher(cleaned).replaceAll(" ").strip();
        return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
    }

    /** The role word a labelled credit ({@code 文/}, {@code 图｜}) stands for. */
    private static String label(String label) {
        return switch (label) {
            case "文", "撰文" -> "作者";
            case "图", "摄" -> "摄影";
            default -> label;
        };
    }

    /**
     * A token whose layout spaces were removed, cut back into roles and names: 记者张三通讯员李四 is 记者张三 and
     * 通讯员李四, 新华社记者林晖人民日报记者孟祥夫 is 新华社记者林晖 and 人民日报记者孟祥夫, 王小明李华 is 王小明 and 李华.
     */
    static List<String> pieces(String token) {
        List<String> pieces = new ArrayList<>();
        Matcher role = ROLE_WORD.matcher(token);
        int from = 0;
        String pendingRole = null;
        while (role.find()) {
            if (role.start() == 0 && pendingRole == null) {
                pendingRole = role.group();
                from = role.end();
                continue;
            }
            String between = token.substring(from, role.start());
            int cut = namesThenOutlet(between, pendingRole != null);
            if (cut < 0) {
                // Not names and an outlet: the role word is part of something else, keep the token as it is.
                return List.of(token);
            }
            addNamesAfterRole(pieces, pendingRole, between.substring(0, cut));
            pendingRole = between.substring(cut) + role.group();
            from = role.end();
        }
        addNamesAfterRole(pieces, pendingRole, token.substring(from));
        return pieces;
    }

    private static void addNamesAfterRole(List<String> pieces, String role, String names) {
        List<String> split = splitNames(names, role != null);
        if (split == null) {
            split = List.of(names);
        }
        if (role == null) {
            pieces.addAll(split);
        } else if (split.isEmpty()) {
            pieces.add(role);
        } else {
            pieces.add(role + split.get(0));
            pieces.addAll(split.subList(1, split.size()));
        }
    }

    /**
     * Where names stop and an outlet (or nothing) starts in text standing between two role words (林晖人民日报 is
     * 林晖 and 人民日报), or -1 when there is no such place: a well-known outlet wins, then names with known surnames
     * before as short an outlet as possible, then any short names.
     */
    private static int namesThenOutlet(String text, boolean afterRole) {
        for (int cut = 0; cut <= text.length(); cut++) {
            if (KNOWN_OUTLET.matcher(text.substring(cut)).matches()
                    && splitNames(text.substring(0, cut), false) != null) {
                return cut;
            }
        }
        for (boolean relaxed : new boolean[] {false, afterRole}) {
            for (int cut = text.length(); cut >= 0; cut--) {
                String outlet = text.substring(cut);
                if ((outlet.isEmpty() || OUTLET.matcher(outlet).matches())
                        && splitNames(text.substring(0, cut), relaxed) != null) {
                    return cut;
                }
            }
        }
        return -1;
    }

    /** Names written without a separator, cut by surname; after a role, a lone short name of any surname. */
    private static List<String> splitNames(String text, boolean afterRole) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> names = ChineseNames.split(text);
        if (names == null && afterRole && ChineseNames.isNameInContext(text)) {
            return List.of(text);
        }
        return names;
    }

    /** A name standing alone must look like one (known surname); after a role word any short Han name will do. */
    static boolean isName(String text, boolean afterRole) {
        return afterRole ? ChineseNames.isNameInContext(text) : ChineseNames.isPersonalName(text) || isDotted(text);
    }

    private static boolean isDotted(String text) {
        return text.indexOf('·') > 0 && ChineseNames.isNameInContext(text);
    }

    /** The state of reading one byline's tokens left to right. */
    private static final class Reading {

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

        void accept(String printed) {
            if (printed.equals(BREAK)) {
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
            for (String piece : pieces(token)) {
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
            Matcher roleToken = ROLE.matcher(token);
            if (roleToken.matches()) {
                flushSingles();
                startRole(roleToken);
            } else if (token.codePointCount(0, token.length()) == 1 && Character.isIdeographic(token.codePointAt(0))) {
                singles.add(token);
            } else {
                flushSingles();
                if (source && OUTLET.matcher(token).matches()) {
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
        void flushSingles() {
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
    }
}
