package cn.congress.web.demo;

import cn.congress.deputies.roster.Delegation;
import cn.congress.deputies.roster.DelegationRepository;
import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.DeputyGroup;
import cn.congress.deputies.roster.DeputyGroupRepository;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.deputies.roster.Gender;
import cn.congress.deputies.roster.GroupKind;
import cn.congress.domain.account.Role;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * About fifty deputies of the 17th term in six delegations and six professional groups. Every deputy has a
 * login: {@code deputy} for the first, {@code dep002} … {@code dep050} for the others (password as documented).
 */
@Component
@RequiredArgsConstructor
class DeputyRosterDemoData implements DemoDataContributor {

    private static final String[] DELEGATIONS = {"东城区", "西城区", "南湖区", "北山区", "高新区", "示例县"};
    private static final String[] SURNAMES = {"李", "王", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"};
    private static final String[] GIVEN = {"建华", "秀英", "国强", "丽娟", "志明", "海燕", "文杰", "春梅", "晓东", "雪梅", "振宇", "玉兰",
            "永刚", "桂芳", "宏伟", "晓燕", "德胜", "慧敏", "俊杰", "淑珍", "长青", "红霞", "立新", "美玲", "树林"};
    private static final String[][] PEOPLE = {
            {"专业技术人员", "示例市第一人民医院主任医师"}, {"党政干部", "%s朝阳街道党工委书记"}, {"企业负责人", "示例市智造科技有限公司董事长"},
            {"工人", "示例市公交集团驾驶员"}, {"农民", "%s青山村党支部书记、村委会主任"}, {"专业技术人员", "示例大学法学院教授"},
            {"教育工作者", "示例市实验小学校长"}, {"企业负责人", "示例市绿源农业发展有限公司总经理"}, {"社会组织", "示例市律师协会副会长"},
            {"党政干部", "%s人民政府副区长"}, {"工人", "示例钢铁集团高级技师"}, {"专业技术人员", "示例市疾病预防控制中心副主任"}};
    private static final String[] PROFESSIONAL_GROUPS = {"财政经济", "法制", "城建环保", "教科文卫", "农业农村", "社会建设"};

    private final TermService termService;
    private final DelegationRepository delegations;
    private final DeputyGroupRepository groups;
    private final DeputyRepository deputies;
    private final DemoAccounts accounts;

    @Override
    public String name() {
        return "deputy-roster";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        Term term = termService.current();
        List<Delegation> dels = new ArrayList<>();
        for (int i = 0; i < DELEGATIONS.length; i++) {
            dels.add(delegations.save(new Delegation(term, DELEGATIONS[i] + "代表团", i + 1)));
        }
        List<DeputyGroup> professional = new ArrayList<>();
        for (String field : PROFESSIONAL_GROUPS) {
            professional.add(groups.save(new DeputyGroup(term, field + "专业代表小组", GroupKind.PROFESSIONAL)));
        }
        List<DeputyGroup> regional = new ArrayList<>();
        for (String district : DELEGATIONS) {
            regional.add(groups.save(new DeputyGroup(term, district + "代表小组", GroupKind.REGIONAL)));
        }
        for (int n = 1; n <= 50; n++) {
            int d = (n - 1) % DELEGATIONS.length;
            String name = SURNAMES[(n * 7) % SURNAMES.length] + GIVEN[(n * 11) % GIVEN.length];
            String[] person = PEOPLE[n % PEOPLE.length];
            Gender gender = n % 3 == 0 ? Gender.FEMALE : Gender.MALE;
            Deputy deputy = new Deputy(term, name, gender, dels.get(d), DELEGATIONS[d] + "人民代表大会",
                    person[0], person[1].formatted(DELEGATIONS[d]), "1380000" + String.format("%04d", n),
                    "SL17-" + String.format("%03d", n));
            deputy.joinGroup(regional.get(d));
            deputy.joinGroup(professional.get(n % professional.size()));
            String username = n == 1 ? "deputy" : "dep" + String.format("%03d", n);
            deputy.linkAccount(accounts.create(username, name, null, Role.DEPUTY).getId());
            deputies.save(deputy);
        }
    }
}
