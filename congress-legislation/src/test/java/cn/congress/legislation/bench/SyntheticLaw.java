package cn.congress.legislation.bench;

import cn.congress.legislation.text.ChineseNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates regulation texts of realistic shape (chapters, articles of one to three paragraphs, item lists) for benchmarks. */
final class SyntheticLaw {

    static final String[] SUBJECTS = {"市人民政府", "区县人民政府", "城市供水行政主管部门", "生态环境主管部门", "公安机关", "城市管理部门",
            "住房和城乡建设主管部门", "应急管理部门", "气象主管机构", "乡镇人民政府、街道办事处", "供水企业", "物业服务企业", "养犬人", "用水单位"};
    static final String[] VERBS = {"应当加强", "负责组织实施", "应当依法做好", "应当按照规定开展", "可以委托有关单位开展", "应当建立健全",
            "应当定期公布", "不得擅自改变", "应当会同有关部门制定", "应当及时处置"};
    static final String[] OBJECTS = {"饮用水水源保护工作", "供水设施的巡查和维护", "极端天气监测预警工作", "犬只登记和免疫管理",
            "节约用水宣传教育", "二次供水设施清洗消毒", "应急避难场所建设", "生活垃圾分类收集", "老旧小区改造", "历史文化街区保护",
            "再生水利用设施建设", "违法行为的查处", "公共场所控制吸烟", "社区养老服务设施", "移风易俗宣传引导"};
    static final String[] TAILS = {"，并向社会公开", "，接受社会监督", "，保障公共安全", "，具体办法由市人民政府制定", "",
            "，所需经费列入本级财政预算", "，并报市人民政府备案"};

    private SyntheticLaw() {
    }

    static String sentence(Random r) {
        return SUBJECTS[r.nextInt(SUBJECTS.length)] + VERBS[r.nextInt(VERBS.length)] + OBJECTS[r.nextInt(OBJECTS.length)]
                + TAILS[r.nextInt(TAILS.length)] + "。";
    }

    /** Article bodies (without headings): one to three paragraphs, sometimes with items. */
    static List<String> articles(int count, Random r) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder(sentence(r)).append(sentence(r));
            int paragraphs = r.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                b.append('\n').append(sentence(r));
            }
            if (r.nextInt(5) == 0) {
                b.append("\n有下列情形之一的，依照本条例处理：");
                for (int k = 1; k <= 3 + r.nextInt(3); k++) {
                    b.append("\n（").append(ChineseNumber.format(k)).append("）").append(sentence(r));
                }
            }
            bodies.add(b.toString());
        }
        return bodies;
    }

    /** The text with chapters every {@code perChapter} articles. */
    static String text(String title, List<String> bodies, int perChapter) {
        StringBuilder sb = new StringBuilder(title).append("\n\n");
        int chapter = 0;
        for (int i = 0; i < bodies.size(); i++) {
            if (i % perChapter == 0) {
                chapter++;
                sb.append("第").append(ChineseNumber.format(chapter)).append("章　第").append(chapter).append("部分\n");
            }
            sb.append("第").append(ChineseNumber.format(i + 1)).append("条　").append(bodies.get(i)).append('\n');
        }
        return sb.toString();
    }
}
