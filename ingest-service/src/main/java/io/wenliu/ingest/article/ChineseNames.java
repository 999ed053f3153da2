package io.wenliu.ingest.article;

import java.util.ArrayList;
import java.util.List;

/** Tells whether a short string is shaped like a Chinese personal name: a known surname and one or two more characters. */
final class ChineseNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛"
            + "樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆"
            + "蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
            + "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝伏阎柏蔺"
            + "井冀况冼区厉储伊宓巢幸弘晁晋杭桓楼汝汲沃燕竺綦荆蒯蔚薄衡訾谌谯赖赫逯邰邴郁郗鄢钦阙阚隗鞠须亢揭仝亓逄邸戈禹郇"
            + "張劉陳楊黃趙吳孫馬鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴溫齊喬龐顏聶魯嶽歐關蘭寧紀淩畢單駱藍鮑華饒"
            + "農簡車項蘆婁竇黨費衛閔鄔師欒鞏遲鄺";

    private static final List<String> COMPOUND_SURNAMES = List.of(
            "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "令狐", "长孙", "長孫",
            "宇文", "司徒", "夏侯", "端木", "西门", "西門", "南宫", "南宮");

    private ChineseNames() {}

    /**
     * The text cut into personal names (王小明李华 is 王小明 and 李华): names after a compound surname tried at four
     * characters first, others at three, then two; null when it cannot be cut into names only. A name with a middle
     * dot (阿卜杜拉·艾力) is taken whole.
     */
    static List<String> split(String text) {
        if (text.indexOf('·') > 0) {
            return text.codePoints().allMatch(c -> c == '·' || Character.isIdeographic(c)) ? List.of(text) : null;
        }
        if (text.isEmpty()) {
            return List.of();
        }
        boolean compound = COMPOUND_SURNAMES.stream().anyMatch(text::startsWith);
        for (int length : compound ? new int[] {4, 3} : new int[] {3, 2}) {
            if (length <= text.length() && isPersonalName(text.substring(0, length))) {
                List<String> rest = split(text.substring(length));
                if (rest != null) {
                    List<String> names = new ArrayList<>();
                    names.add(text.substring(0, length));
                    names.addAll(rest);
                    return names;
                }
            }
        }
        return null;
    }

    /**
     * Whether the text can be a name where the context says a name stands (after 记者, say): two to five Han
     * characters of any surname (巴特尔, 次仁卓嘎, 哈斯其木格), or a name with a middle dot.
     */
    static boolean isNameInContext(String text) {
        int length = text.codePointCount(0, text.length());
        if (text.indexOf('·') > 0) {
            return length <= 16 && text.codePoints().allMatch(c -> c == '·' || Character.isIdeographic(c));
        }
        return length >= 2 && length <= 5 && text.codePoints().allMatch(Character::isIdeographic);
    }

    /** Whether the text (no spaces) is a surname followed by a one- or two-character given name. */
    static boolean isPersonalName(String text) {
        int length = text.codePointCount(0, text.length());
        if (!text.codePoints().allMatch(Character::isIdeographic)) {
            return false;
        }
        if (length >= 3 && length <= 4 && COMPOUND_SURNAMES.stream().anyMatch(text::startsWith)) {
            return true;
        }
        return length >= 2 && length <= 3 && SURNAMES.indexOf(text.codePointAt(0)) >= 0;
    }
}
