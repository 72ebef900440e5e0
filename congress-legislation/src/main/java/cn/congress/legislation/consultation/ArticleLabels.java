package cn.congress.legislation.consultation;

import cn.congress.legislation.text.ChineseNumber;

/** 第三条, or 草案整体 for a comment on the whole draft. */
final class ArticleLabels {

    private ArticleLabels() {
    }

    public static String of(Integer articleNo) {
        return articleNo == null || articleNo == 0 ? "草案整体" : "第" + ChineseNumber.format(articleNo) + "条";
    }
}
