package io.wenliu.search.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The name the archive counts an entity under, so that its forms are one entity: a listed short form or abbreviation
 * becomes the full name ({@code entities/aliases.tsv}: 世卫组织 = 世界卫生组织, 国家卫健委 = 国家卫生健康委员会); a
 * province or city loses its 省 or 市 (江苏省 = 江苏, 盐城市 = 盐城; 县, 区 and shorter names stay: 赣县, 沙市); a
 * person loses a title written after the name (习近平总书记 = 习近平). Applied when an article is indexed and to
 * filter values, so the archive and its links agree.
 */
public final class EntityNames {

    /** Kinds of entity, as analysis names them. */
    public enum Type {
        PERSON,
        LOCATION,
        ORGANIZATION
    }

    private static final Pattern PROVINCE_OR_CITY = Pattern.compile("^(\\p{IsHan}{2,})[省市]$");

    private static final Pattern TITLED_PERSON = Pattern.compile(
            "^(\\p{IsHan}{2,4}?)(?:总书记|副总理|总理|副主席|主席|副书记|书记|" + "省长|市长|县长|副部长|部长|院士|教授|博士|医生|主任|先生|女士|同志|总统|首相)$");

    private static final EntityNames STANDARD = load("/entities/aliases.tsv");

    private final Map<Type, Map<String, String>> aliases;

    EntityNames(Map<Type, Map<String, String>> aliases) {
        this.aliases = aliases;
    }

    /** The names with the project's alias list. */
    public static EntityNames standard() {
        return STANDARD;
    }

    /** The canonical name of an entity of the given type as written. */
    public String canonical(Type type, String name) {
        String written = name.strip();
        String alias = aliases.get(type).get(written);
        if (alias != null) {
            return alias;
        }
        var pattern = switch (type) {
            case LOCATION -> PROVINCE_OR_CITY.matcher(written);
            case PERSON -> TITLED_PERSON.matcher(written);
            case ORGANIZATION -> null;
        };
        if (pattern != null && pattern.matches()) {
            String shorter = pattern.group(1);
            return aliases.get(type).getOrDefault(shorter, shorter);
        }
        return written;
    }

    /** The canonical name for a type named as analysis does (PERSON, LOCATION, ORGANIZATION). */
    public String canonical(String type, String name) {
        return canonical(Type.valueOf(type.toUpperCase(Locale.ROOT)), name);
    }

    static EntityNames load(String resource) {
        Map<Type, Map<String, String>> aliases = new EnumMap<>(Type.class);
        for (Type type : Type.values()) {
            aliases.put(type, new HashMap<>());
        }
        try (InputStream in = EntityNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3) {
                    throw new IllegalStateException(resource + ":" + number + ": expected type, name, canonical name");
                }
                aliases.get(Type.valueOf(columns[0])).put(columns[1].strip(), columns[2].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EntityNames(aliases);
    }
}
