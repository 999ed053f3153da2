package io.wenliu.analysis.entity.model;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * The BIOES tag set over PERSON, LOCATION and ORGANIZATION: 0 is O, then per type B, I, E, S. Converts mentions to
 * tags and back, and says which tag may follow which.
 */
public final class Tags {
    /** Number of tags: O plus four per entity type. */
    public static final int COUNT = 1 + 4 * EntityType.values().length;

    public static final int O = 0;
    static final int B = 0;
    static final int I = 1;
    static final int E = 2;
    static final int S = 3;

    private static final String[] NAMES = names();

    private Tags() {}

    /** The tag of a type at a position (B, I, E or S). */
    public static int of(EntityType type, int position) {
        return 1 + 4 * type.ordinal() + position;
    }

    /** The type of a tag, or null for O. */
    public static EntityType type(int tag) {
        return tag == O ? null : EntityType.values()[(tag - 1) / 4];
    }

    /** The position (B, I, E, S) of a tag other than O. */
    static int position(int tag) {
        return (tag - 1) % 4;
    }

    /** A readable name: O, B-PER, I-LOC, E-ORG, S-PER … */
    public static String name(int tag) {
        return NAMES[tag];
    }

    /** Whether {@code next} may follow {@code previous} ({@code previous} -1: the text's start). */
    public static boolean allowed(int previous, int next) {
        boolean open = previous > O && (position(previous) == B || position(previous) == I);
        if (open) {
            return next != O && type(next) == type(previous) && (position(next) == I || position(next) == E);
        }
        return next == O || position(next) == B || position(next) == S;
    }

    /** Whether a text may end with this tag (not inside an open mention). */
    public static boolean allowedLast(int tag) {
        return tag == O || position(tag) == E || position(tag) == S;
    }

    /** The tags of a text of this length holding these non-overlapping mentions. */
    public static int[] encode(int length, List<Mention> mentions) {
        int[] tags = new int[length];
        for (Mention m : mentions) {
            if (m.start() < 0 || m.end() > length || m.length() <= 0) {
                continue;
            }
            if (m.length() == 1) {
                tags[m.start()] = of(m.type(), S);
                continue;
            }
            tags[m.start()] = of(m.type(), B);
            for (int i = m.start() + 1; i < m.end() - 1; i++) {
                tags[i] = of(m.type(), I);
            }
            tags[m.end() - 1] = of(m.type(), E);
        }
        return tags;
    }

    /** The mentions of a tag sequence over a text (a B or I without its E is closed where it stops). */
    public static List<Mention> decode(String text, int[] tags) {
        List<Mention> mentions = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tags.length; i++) {
            int tag = i < tags.length ? tags[i] : O;
            boolean continues = start >= 0
                    && tag != O
                    && type(tag) == type(tags[start])
                    && (position(tag) == I || position(tag) == E);
            if (start >= 0 && !continues) {
                mentions.add(new Mention(type(tags[start]), text.substring(start, i), start, i));
                start = -1;
            }
            if (start >= 0 && position(tag) == E) {
                mentions.add(new Mention(type(tag), text.substring(start, i + 1), start, i + 1));
                start = -1;
            } else if (tag != O && !continues) {
                if (position(tag) == S) {
                    mentions.add(new Mention(type(tag), text.substring(i, i + 1), i, i + 1));
                } else {
                    start = i;
                }
            }
        }
        return mentions;
    }

    private static String[] names() {
        String[] names = new String[COUNT];
        names[O] = "O";
        for (EntityType type : EntityType.values()) {
            String shortName = type.name().substring(0, 3);
            String[] positions = {"B", "I", "E", "S"};
            for (int p = 0; p < 4; p++) {
                names[of(type, p)] = positions[p] + "-" + shortName;
            }
        }
        return names;
    }
}
