package cn.congress.web.demo;

import cn.congress.domain.account.Role;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

import static cn.congress.domain.org.OrgType.*;

/** 示例市: the committee's organisation, the government and its departments, the term, the demo accounts. */
@Component
@RequiredArgsConstructor
class FoundationDemoData implements DemoDataContributor {

    private final OrgUnitRepository orgUnits;
    private final TermRepository terms;
    private final DemoAccounts accounts;

    @Override
    public String name() {
        return "foundation";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void load() {
        terms.save(new Term(16, "示例市第十六届人民代表大会", LocalDate.of(2017, 1, 10), LocalDate.of(2022, 1, 9), false));
        terms.save(new Term(17, "示例市第十七届人民代表大会", LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9), true));

        OrgUnit sc = org("示例市人民代表大会常务委员会", "市人大常委会", "SC", STANDING_COMMITTEE, null, 1);
        OrgUnit office = org("示例市人大常委会办公室", "办公室", "SC-OFFICE", COMMITTEE_OFFICE, sc, 10);
        org("示例市人大常委会研究室", "研究室", "SC-RESEARCH", COMMITTEE_OFFICE, sc, 11);
        OrgUnit legal = org("法制工作委员会", "法工委", "SC-LEGAL", WORKING_BODY, sc, 20);
        org("财政经济工作委员会", "财经工委", "SC-FINANCE", WORKING_BODY, sc, 21);
        org("预算工作委员会", "预算工委", "SC-BUDGET", WORKING_BODY, sc, 22);
        OrgUnit deputyAffairs = org("代表工作委员会", "代表工委", "SC-DEPUTY", WORKING_BODY, sc, 23);
        OrgUnit personnel = org("选举任免联络工作委员会", "选任联工委", "SC-PERSONNEL", WORKING_BODY, sc, 24);
        org("城乡建设环境保护工作委员会", "城建环保工委", "SC-URBAN", WORKING_BODY, sc, 25);
        org("教育科学文化卫生工作委员会", "教科文卫工委", "SC-EDU", WORKING_BODY, sc, 26);
        org("社会建设工作委员会", "社会建设工委", "SC-SOCIAL", WORKING_BODY, sc, 27);
        org("法制委员会", "法制委", "CMTE-LEGAL", SPECIAL_COMMITTEE, sc, 40);
        org("财政经济委员会", "财经委", "CMTE-FINANCE", SPECIAL_COMMITTEE, sc, 41);
        org("监察和司法委员会", "监察司法委", "CMTE-JUSTICE", SPECIAL_COMMITTEE, sc, 42);
        org("教育科学文化卫生委员会", "教科文卫委", "CMTE-EDU", SPECIAL_COMMITTEE, sc, 43);

        OrgUnit gov = org("示例市人民政府", "市政府", "GOV", GOVERNMENT, null, 2);
        org("示例市人民政府办公室", "市政府办", "GOV-OFFICE", GOVERNMENT_DEPARTMENT, gov, 1);
        org("示例市发展和改革委员会", "市发改委", "GOV-NDRC", GOVERNMENT_DEPARTMENT, gov, 2);
        OrgUnit education = org("示例市教育局", "市教育局", "GOV-EDU", GOVERNMENT_DEPARTMENT, gov, 3);
        org("示例市公安局", "市公安局", "GOV-POLICE", GOVERNMENT_DEPARTMENT, gov, 4);
        org("示例市民政局", "市民政局", "GOV-CIVIL", GOVERNMENT_DEPARTMENT, gov, 5);
        org("示例市财政局", "市财政局", "GOV-FINANCE", GOVERNMENT_DEPARTMENT, gov, 6);
        org("示例市人力资源和社会保障局", "市人社局", "GOV-HR", GOVERNMENT_DEPARTMENT, gov, 7);
        org("示例市自然资源和规划局", "市资规局", "GOV-LAND", GOVERNMENT_DEPARTMENT, gov, 8);
        org("示例市生态环境局", "市生态环境局", "GOV-ENV", GOVERNMENT_DEPARTMENT, gov, 9);
        OrgUnit housing = org("示例市住房和城乡建设局", "市住建局", "GOV-HOUSING", GOVERNMENT_DEPARTMENT, gov, 10);
        OrgUnit transport = org("示例市交通运输局", "市交通运输局", "GOV-TRANSPORT", GOVERNMENT_DEPARTMENT, gov, 11);
        org("示例市水务局", "市水务局", "GOV-WATER", GOVERNMENT_DEPARTMENT, gov, 12);
        org("示例市卫生健康委员会", "市卫健委", "GOV-HEALTH", GOVERNMENT_DEPARTMENT, gov, 13);
        org("示例市市场监督管理局", "市市场监管局", "GOV-MARKET", GOVERNMENT_DEPARTMENT, gov, 14);
        org("示例市城市管理局", "市城管局", "GOV-URBAN", GOVERNMENT_DEPARTMENT, gov, 15);
        org("示例市农业农村局", "市农业农村局", "GOV-AGRI", GOVERNMENT_DEPARTMENT, gov, 16);
        org("示例市文化广电旅游局", "市文广旅局", "GOV-CULTURE", GOVERNMENT_DEPARTMENT, gov, 17);
        org("示例市司法局", "市司法局", "GOV-JUSTICE", GOVERNMENT_DEPARTMENT, gov, 18);

        org("示例市监察委员会", "市监委", "SUPERVISION", SUPERVISORY_COMMISSION, null, 3);
        org("示例市中级人民法院", "市中院", "COURT", OrgType.COURT, null, 4);
        org("示例市人民检察院", "市检察院", "PROCURATORATE", OrgType.PROCURATORATE, null, 5);

        OrgUnit districts = org("区县人大常委会", "区县人大", "DISTRICTS", OTHER, null, 6);
        org("东城区人大常委会", "东城区人大", "D-DONGCHENG", DISTRICT_CONGRESS, districts, 1);
        org("西城区人大常委会", "西城区人大", "D-XICHENG", DISTRICT_CONGRESS, districts, 2);
        org("南湖区人大常委会", "南湖区人大", "D-NANHU", DISTRICT_CONGRESS, districts, 3);
        org("北山区人大常委会", "北山区人大", "D-BEISHAN", DISTRICT_CONGRESS, districts, 4);
        org("高新区人大工委", "高新区人大", "D-HITECH", SUBDISTRICT_CONGRESS, districts, 5);
        org("示例县人大常委会", "示例县人大", "D-COUNTY", DISTRICT_CONGRESS, districts, 6);

        accounts.create("admin", "系统管理员", office, Role.ADMIN);
        accounts.create("secadmin", "安全管理员", office, Role.SECURITY_ADMIN);
        accounts.create("auditor", "安全审计员", office, Role.AUDITOR);
        accounts.create("staff", "王静", office, Role.STAFF);
        accounts.create("staff2", "刘洋", deputyAffairs, Role.STAFF);
        accounts.create("staff3", "陈立法", legal, Role.STAFF);
        accounts.create("appoint", "孙任免", personnel, Role.APPOINTMENT_ADMIN);
        accounts.create("member", "赵建国", sc, Role.MEMBER);
        accounts.create("unit", "周明（住建局）", housing, Role.UNIT);
        accounts.create("unit2", "吴敏（教育局）", education, Role.UNIT);
        accounts.create("unit3", "郑强（交通局）", transport, Role.UNIT);
    }

    private OrgUnit org(String name, String shortName, String code, OrgType type, OrgUnit parent, int sortOrder) {
        return orgUnits.save(new OrgUnit(name, shortName, code, type, parent, sortOrder));
    }
}
