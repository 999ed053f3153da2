package io.wenliu.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a token whose layout spaces were removed back into roles and names, using the surnames and the outlets
 * between role words (记者张三通讯员李四, 新华社记者林晖人民日报记者孟祥夫, 王小明李华).
 */
final class CreditPieces {

    /** One outlet name: a well-known one or any name ending in an outlet word (新华社, 人民日报, 极目新闻). */
    static final Pattern OUTLET = Pattern.compile(Outlets.group("outlet"));

    private static final Pattern KNOWN_OUTLET = Pattern.compile(Outlets.known());

    private CreditPieces() {}

    /**
     * A token whose layout spaces were removed, cut back into roles and names: 记者张三通讯员李四 is 记者张三 and
     * 通讯员李四, 新华社记者林晖人民日报记者孟祥夫 is 新华社记者林晖 and 人民日报记者孟祥夫, 王小明李华 is 王小明 and 李华.
     */
    static List<String> pieces(String token) {
        List<String> pieces = new ArrayList<>();
        Matcher role = RoleWords.ROLE_WORD.matcher(token);
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
}
