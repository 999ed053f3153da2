package io.wenliu.ingest.article;

/**
 * Names of news outlets as they open a wire head or prefix a reporter's role: the common agencies and papers by
 * name, then any name ending in an outlet word (社, 网, 报, 台, 新闻, …), shortest first.
 */
final class Outlets {

    /** Outlets whose name would otherwise be cut short or run into the place (中国新闻网, 央视新闻客户端). */
    private static final String KNOWN = "新华社|新华网|中新社|中新网|中国新闻网|人民日报|人民网|央视新闻|央视网|中国日报|光明日报|经济日报"
            + "|解放军报|法治日报|法制日报|工人日报|科技日报|澎湃新闻|新京报|环球时报|环球网|中国青年报|中青在线|北京日报"
            + "|解放日报|南方日报|南方都市报|羊城晚报|新民晚报|参考消息|第一财经|财新网|界面新闻|红星新闻|封面新闻|上观新闻"
            + "|每日经济新闻|极目新闻|潮新闻|北京青年报|扬子晚报|钱江晚报|齐鲁晚报|华西都市报|新华日报|浙江日报|湖北日报|四川日报"
            + "|大众日报|河南日报|辽宁日报|天津日报|重庆日报|文汇报|新民周刊|中国青年网|光明网|央广网|中国网|国际在线|本报";

    /** Any other outlet: one to eight Han characters ending in an outlet word, as short as the rest allows. */
    private static final String GENERIC = "[\\p{IsHan}]{1,8}?(?:通讯社|电视台|广播电台|日报|晚报|晨报|早报|时报|商报|社|网|报|台|新闻)";

    /** A regex group {@code (?<name>…)} matching one outlet name, with an optional 客户端 or 微信公众号 after it. */
    static String group(String name) {
        return "(?<" + name + ">(?:" + KNOWN + "|" + GENERIC + ")(?:客户端|微信公众号|APP|App)?)";
    }

    /** A regex matching one well-known outlet name. */
    static String known() {
        return "(?:" + KNOWN + ")";
    }

    private Outlets() {}
}
