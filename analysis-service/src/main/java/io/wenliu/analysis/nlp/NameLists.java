package io.wenliu.analysis.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ansj.library.DATDictionary;

/** The word lists behind the entity rules: surnames, suffixes, a gazetteer of well-known names and blockers. */
public final class NameLists {
    /** Classpath resource of the gazetteer: {@code name<TAB>PERSON|LOCATION|ORGANIZATION|NONE}. */
    public static final String GAZETTEER = "nlp/entity-gazetteer.tsv";

    static final int MAX_ORGANISATION_LENGTH = 26;
    /** How many of the surnames (ordered by frequency) count as most common. */
    static final int COMMON_SURNAMES = 59;

    static final String CHAIN_SUFFIXES = "省市县区镇乡村屯州旗";
    static final String COUNTRY_ABBREVIATIONS = "中美俄日韩朝英法德意印巴澳加欧非越泰菲蒙以阿埃葡荷瑞希土伊缅柬老";
    /** One-character abbreviations that are places on their own when tagged as abbreviations (日 and 以 are not). */
    static final String STANDALONE_ABBREVIATIONS = "美俄韩朝英德印巴澳欧越泰菲蒙埃葡缅柬京华沪津渝港台";
    /** Last characters that make a word an organisation rather than a (mis-tagged) foreign name. */
    static final String ORGANISATION_ENDINGS = "部会院局委党社团队军府行所厂司组处办校馆协联盟台报署中心学厅刊篮排";
    /** Organ endings that make a word an organisation even without a name before it (统计局, 自由党). */
    static final String STANDALONE_ORGAN_ENDINGS = "局署厅党";

    static final String PLACE_PREPOSITIONS = "于在从向到赴自";
    static final String VISIT_VERBS = "访来驻在赴离旅抵进返回";
    static final String VISITED = "华京";

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
            + "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂"
            + "成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜"
            + "冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习胥";
    private static final List<String> ORGANISATION_SUFFIXES = List.of(
            "党委", "党支部", "党总支", "党组", "党工委", "纪委", "委员会", "管委会", "工委", "协会", "学会", "联合会", "商会", "总会", "公司", "集团", "银行",
            "医院", "大学", "学院", "中学", "小学", "研究院", "研究所", "科学院", "基金会", "政府", "办公室", "联盟", "法院", "检察院", "电视台", "日报",
            "通讯社", "报社", "出版社", "工作小组", "领导小组", "指挥部");
    private static final WordEndings ORGANISATION_SUFFIX_ENDS = WordEndings.of(ORGANISATION_SUFFIXES);
    private static final List<String> TITLE_SUFFIXES = List.of(
            "记者", "书记", "长", "主任", "委员", "经理", "主席", "总理", "医生", "护士", "教授", "老师", "专家", "员", "同志", "大使", "代表", "总统",
            "首相", "秘书", "司机", "师傅", "大夫", "工程师", "院士", "先生", "女士", "村民", "居民", "志愿者", "党员", "干部", "负责人", "职工", "工人",
            "农民", "学生", "患者", "摄影");
    private static final WordEndings TITLE_SUFFIX_ENDS = WordEndings.of(TITLE_SUFFIXES);
    private static final Set<String> NAME_FOLLOWERS =
            Set.of("说", "表示", "告诉", "介绍", "认为", "指出", "摄", "等", "强调", "回忆", "笑着说", "坦言", "感慨", "提出", "一家", "、");
    private static final Set<String> PERSON_TITLES = Set.of(
            "老师", "小姐", "先生", "女士", "局长", "部长", "总理", "总统", "首相", "主席", "书记", "主任", "院长", "校长", "市长", "县长", "省长", "厂长",
            "经理", "教授", "医生", "大夫", "师傅", "同志", "大爷", "大妈", "阿姨", "议员");
    private static final List<String> TEAM_SUFFIXES = List.of("女队", "男队", "队", "女篮", "男篮", "女排", "男排", "女足", "男足");
    private static final WordEndings TEAM_SUFFIX_ENDS = WordEndings.of(TEAM_SUFFIXES);
    private static final List<String> DOCTRINES = List.of("理论", "思想", "主义");
    private static final WordEndings DOCTRINE_ENDS = WordEndings.of(DOCTRINES);
    private static final List<String> FACILITY_SUFFIXES = List.of(
            "机场", "大厦", "美术馆", "博物馆", "体育馆", "体育场", "大会堂", "广场", "火车站", "水电站", "植物园", "公园", "展览中心", "演艺中心", "航天城", "农庄",
            "大桥", "码头", "纪念馆", "图书馆", "剧院", "大剧院");
    private static final WordEndings FACILITY_SUFFIX_ENDS = WordEndings.of(FACILITY_SUFFIXES);
    /** Place names that are far more often ordinary words (和平 peace, 公安 police). */
    private static final Set<String> AMBIGUOUS_PLACES = Set.of("和平", "公安", "全国", "中原", "东方", "光明", "长城", "朝阳");

    private static final String TRANSLITERATION = "阿埃艾爱安奥巴贝本比彼波伯布查达戴德迪蒂杜多厄恩菲费弗福盖戈格哈汉赫亨霍基吉加贾杰卡凯坎科克库拉莱兰劳勒雷里利莉林琳卢鲁"
            + "罗洛马玛迈麦曼梅门米密穆纳娜奈内尼努诺帕佩皮普奇乔切琼萨塞桑瑟森沙舍什斯苏索塔泰坦特图托瓦威维温沃乌西希谢辛休雅亚扬耶"
            + "伊尤约泽扎詹兹";
    private static final Set<String> COUNTRIES = Set.of(
            "日本", "俄罗斯", "印度", "印尼", "意大利", "加拿大", "澳大利亚", "巴西", "埃及", "以色列", "西班牙", "葡萄牙", "荷兰", "瑞典", "挪威", "芬兰",
            "丹麦", "波兰", "希腊", "土耳其", "伊朗", "伊拉克", "巴基斯坦", "越南", "朝鲜", "新加坡", "马来西亚", "菲律宾", "阿根廷", "墨西哥", "古巴", "南非",
            "奥地利", "瑞士", "比利时", "乌克兰");
    private static final String ORGAN_ENDINGS = "部局署委厅党";
    private static final Set<String> NOT_ORGAN_STEMS = Set.of("领导干", "全", "内", "外", "总", "这", "各", "本", "俱乐");
    private static final List<String> GENERIC_HEADS = List.of(
            "街道", "社区", "村", "乡", "镇", "企业", "医院", "学校", "机关", "单位", "行业", "基层", "农村", "中央企业", "异地", "各级", "临时", "该",
            "本");
    private static final String FACILITY_ENDINGS = "站路桥港馆厂店楼场";
    private static final String SINGLE_SUFFIXES = "局厅署社委部处厂";
    private static final List<String> PLACE_SUFFIXES =
            List.of("省", "市", "县", "区", "镇", "乡", "村", "屯", "社区", "街道", "自治州", "新区", "开发区");
    private static final WordEndings PLACE_SUFFIX_ENDS = WordEndings.of(PLACE_SUFFIXES);
    private static final Set<String> PROPER_PREFIXES = Set.of("全国", "中国", "中华", "国家", "中央", "中共", "国际");
    private static final Set<String> NOT_NAME_LIKE = Set.of(
            "各级", "全体", "有关", "所有", "广大", "各", "本", "该", "这", "我国", "我们", "其", "一些", "多个", "许多", "部分", "基层", "相关", "当地",
            "全市", "全省", "全县", "全区", "企业", "党员", "干部", "书记", "副");

    private final Map<String, EntityType> types;
    private final Set<String> blocked;

    private NameLists(Map<String, String> gazetteer) {
        Map<String, EntityType> typed = new HashMap<>();
        Set<String> none = new HashSet<>();
        for (Map.Entry<String, String> e : gazetteer.entrySet()) {
            if (e.getValue().equals("NONE")) {
                none.add(e.getKey());
            } else {
                typed.put(e.getKey(), EntityType.valueOf(e.getValue()));
            }
        }
        this.types = Map.copyOf(typed);
        this.blocked = Set.copyOf(none);
    }

    /** Loads the shipped gazetteer. */
    public static NameLists load() {
        Map<String, String> map = new HashMap<>();
        for (String line : Resources.lines(GAZETTEER)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                map.put(parts[0].trim(), parts[1].trim());
            }
        }
        return new NameLists(Map.copyOf(map));
    }

    /** The gazetteer type of a whole token, or null (also null for blocked strings). */
    EntityType typeOf(String s) {
        return types.get(s);
    }

    /** Whether the string is listed as never an entity. */
    boolean isBlocked(String s) {
        return blocked.contains(s);
    }

    /** Whether a token tagged as a person name looks like one (surname first, sensible length, not blocked). */
    boolean isPlausiblePerson(String s, String nature) {
        if (isBlocked(s) || s.length() < 2) {
            return false;
        }
        if (nature.equals("nrf")) {
            return s.chars().noneMatch(Character::isDigit);
        }
        if (FACILITY_ENDINGS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        if (SURNAMES.indexOf(s.charAt(0)) >= 0) {
            return s.length() <= 4;
        }
        return s.length() <= 8;
    }

    /** For a national team name (巴西队, 中国女队), the place it is named after; otherwise null. */
    String teamPlace(String s) {
        if (!TEAM_SUFFIX_ENDS.mayEnd(s)) {
            return null;
        }
        for (String suffix : TEAM_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
                String place = s.substring(0, s.length() - suffix.length());
                if (isKnownPlace(place)) {
                    return place;
                }
            }
        }
        return null;
    }

    /** For 邓小平理论 / 毛泽东思想, the person's name; otherwise null. */
    String personBeforeDoctrine(String s) {
        if (!DOCTRINE_ENDS.mayEnd(s)) {
            return null;
        }
        for (String suffix : DOCTRINES) {
            int nameLength = s.length() - suffix.length();
            if (s.endsWith(suffix) && nameLength >= 2 && nameLength <= 3 && SURNAMES.indexOf(s.charAt(0)) >= 0) {
                return s.substring(0, nameLength);
            }
        }
        return null;
    }

    /** Whether the string is a national prefix that belongs to organisation names (中国, 全国, 中华). */
    boolean isNationalPrefix(String s) {
        return PROPER_PREFIXES.contains(s);
    }

    /** Length of a known place name (2-3 chars) at the start of s, leaving at least 2 chars; 0 if none. */
    int knownPlacePrefix(String s) {
        for (int len = 3; len >= 2; len--) {
            if (s.length() - len >= 2 && isKnownPlace(s.substring(0, len))) {
                return len;
            }
        }
        return 0;
    }

    /** Whether the string starts with a two-character verb of the library dictionary (推动协会: a tagging slip). */
    boolean startsWithVerb(String s) {
        if (s.length() < 4) {
            return false;
        }
        org.ansj.domain.AnsjItem item = DATDictionary.getItem(s.substring(0, 2));
        if (item == null || item.termNatures == null || item.termNatures.termNatures == null) {
            return false;
        }
        org.ansj.domain.TermNature best = null;
        for (org.ansj.domain.TermNature nature : item.termNatures.termNatures) {
            if (best == null || nature.frequency > best.frequency) {
                best = nature;
            }
        }
        return best != null && best.nature.natureStr.equals("v");
    }

    /** Length of a known place (2-4 chars) opening a longer guessed word (美国宇航员, 呼和浩特多云); 0 if none. */
    int leadingPlace(String s) {
        for (int len = Math.min(4, s.length() - 2); len >= 2; len--) {
            String place = s.substring(0, len);
            if (isKnownPlace(place) && !AMBIGUOUS_PLACES.contains(place) && !isKnownPlace(s.substring(len))) {
                return len;
            }
        }
        return 0;
    }

    /** Whether the place is a country (…国, or one of the countries not ending in 国). */
    boolean isCountry(String s) {
        return (s.endsWith("国") && s.length() >= 2 && !s.equals("全国")) || COUNTRIES.contains(s);
    }

    /** Whether the string is a place: listed as one, or tagged ns in the library dictionary. */
    boolean isKnownPlace(String s) {
        return typeOf(s) == EntityType.LOCATION || inDictionaryAs(s, EntityType.LOCATION);
    }

    /** Whether the gazetteer or the segmenter's core dictionary knows the string as a name of this type. */
    boolean isKnownAs(String s, EntityType type) {
        EntityType listed = typeOf(s);
        return listed != null ? listed == type : inDictionaryAs(s, type);
    }

    /** Whether the segmenter's core dictionary tags the string with a nature of this type (nr, ns, nt…). */
    private static boolean inDictionaryAs(String s, EntityType type) {
        org.ansj.domain.AnsjItem item = DATDictionary.getItem(s);
        if (item == null || item.termNatures == null || item.termNatures.termNatures == null) {
            return false;
        }
        for (org.ansj.domain.TermNature nature : item.termNatures.termNatures) {
            if (EntityRules.typeOf(nature.nature.natureStr) == type) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name starts with one of the most common surnames (王, 李, 张 … 范). */
    boolean hasCommonSurname(String s) {
        int i = SURNAMES.indexOf(s.charAt(0));
        return i >= 0 && i < COMMON_SURNAMES;
    }

    /** Whether the suffix is a company's (…公司, …集团): company names may contain person-like words (新锋). */
    boolean isCompanySuffix(String s) {
        return s.endsWith("公司") || s.endsWith("集团");
    }

    /** Whether the span starts with a generic noun (街道党工委, 企业党委): an organ without a name. */
    boolean hasGenericHead(String s) {
        for (String head : GENERIC_HEADS) {
            if (s.startsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every character is one used to transliterate foreign names (琼斯, 拉宾). */
    boolean isTransliteration(String s) {
        return s.chars().allMatch(c -> TRANSLITERATION.indexOf(c) >= 0);
    }

    /** Whether a word is a title or role that stands before a person's name (记者, 书记, 队长). */
    boolean isTitle(String s) {
        if (!TITLE_SUFFIX_ENDS.mayEnd(s)) {
            return false;
        }
        for (String suffix : TITLE_SUFFIXES) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a title written right after a surname or a name (李老师, 陈小姐, 基里延科总理). */
    boolean isPersonTitle(String s) {
        return PERSON_TITLES.contains(s);
    }

    /** Whether the character is a surname. */
    boolean isSurname(char c) {
        return SURNAMES.indexOf(c) >= 0;
    }

    /** Whether a word typically follows a person's name (说, 表示, 摄, 同志). */
    boolean isNameFollower(String s) {
        return NAME_FOLLOWERS.contains(s) || isTitle(s);
    }

    /** Whether an organisation-tagged string is a generic noun rather than a name. */
    boolean isGeneric(String s) {
        return isBlocked(s);
    }

    /** Whether the token ends like an organisation name. */
    boolean endsWithOrganisationSuffix(String s) {
        if (ORGANISATION_SUFFIX_ENDS.mayEnd(s)) {
            for (String suffix : ORGANISATION_SUFFIXES) {
                if (s.endsWith(suffix)) {
                    return true;
                }
            }
        }
        return (s.length() == 1 && SINGLE_SUFFIXES.indexOf(s.charAt(0)) >= 0) || isOrgan(s);
    }

    /** Whether the string ends like a named facility (机场, 大厦, 美术馆), annotated as a place. */
    boolean endsWithFacilitySuffix(String s) {
        if (!FACILITY_SUFFIX_ENDS.mayEnd(s)) {
            return false;
        }
        for (String suffix : FACILITY_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a government organ or party by form: a known word plus 部/局/署/委/厅/党 (内政部, 统计局). */
    boolean isOrgan(String s) {
        if (s.length() < 3 || s.length() > 5 || ORGAN_ENDINGS.indexOf(s.charAt(s.length() - 1)) < 0) {
            return false;
        }
        String stem = s.substring(0, s.length() - 1);
        return DATDictionary.isInSystemDic(stem) && !isBlocked(s) && !NOT_ORGAN_STEMS.contains(stem);
    }

    /** Whether the string ends like a place name. */
    boolean endsWithPlaceSuffix(String s) {
        if (!PLACE_SUFFIX_ENDS.mayEnd(s)) {
            return false;
        }
        for (String suffix : PLACE_SUFFIXES) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token may be part of an organisation name. */
    boolean isNameLike(Token t) {
        String n = t.nature();
        if (NOT_NAME_LIKE.contains(t.text()) || isBlocked(t.text())) {
            return false;
        }
        return n.startsWith("ns")
                || n.startsWith("nt")
                || n.equals("nw")
                || n.equals("nz")
                || n.equals("n")
                || n.equals("j")
                || n.equals("nrf")
                || n.equals("vn")
                || n.equals("b")
                || n.equals("gi")
                || n.equals("en")
                || n.equals("nis");
    }

    /** Whether a token makes an organisation span a proper name rather than a generic noun phrase. */
    boolean isProperOrganisationToken(Token t) {
        String n = t.nature();
        if (n.startsWith("ns")
                || n.startsWith("nt")
                || n.equals("nw")
                || n.equals("nz")
                || n.equals("j")
                || n.equals("nrf")
                || n.equals("en")) {
            return true;
        }
        return PROPER_PREFIXES.contains(t.text()) || !DATDictionary.isInSystemDic(t.text());
    }
}
