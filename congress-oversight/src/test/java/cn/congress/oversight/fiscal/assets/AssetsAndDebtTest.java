package cn.congress.oversight.fiscal.assets;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.OversightFixture;
import cn.congress.oversight.fiscal.assets.AssetsViews.BondUse;
import cn.congress.oversight.fiscal.assets.AssetsViews.CategoryFigures;
import cn.congress.oversight.fiscal.assets.AssetsViews.DebtFigures;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state-assets and debt reports: figures entered per year and read beside last year's with the change. */
@CongressTest
class AssetsAndDebtTest {

    @Autowired AssetsService assets;
    @Autowired OrgUnitRepository orgs;
    @Autowired UserAccountRepository accounts;
    @Autowired JdbcTemplate jdbc;

    OversightFixture fx;

    @BeforeEach
    void setUp() {
        fx = new OversightFixture(orgs, accounts);
        OversightFixture.as(fx.account("assets-staff", fx.org("预算工委", OrgType.WORKING_BODY)), Role.STAFF);
    }

    @AfterEach
    void tearDown() {
        OversightFixture.clear();
    }

    private static List<CategoryFigures> figures(String enterprise, String admin) {
        return List.of(new CategoryFigures(AssetCategory.ENTERPRISE, new BigDecimal(enterprise), new BigDecimal("600"), null),
                new CategoryFigures(AssetCategory.FINANCIAL, new BigDecimal("300"), new BigDecimal("250"), null),
                new CategoryFigures(AssetCategory.ADMINISTRATIVE, new BigDecimal(admin), new BigDecimal("40"), null),
                new CategoryFigures(AssetCategory.NATURAL_RESOURCES, BigDecimal.ZERO, BigDecimal.ZERO, "国有土地1.2万公顷"));
    }

    @Test
    void stateAssetsAreComparedWithLastYearByCategory() {
        assets.saveAssets(2071, "2071年度国有资产管理情况综合报告", null, figures("1000", "200"));
        assets.saveAssets(2072, "2072年度国有资产管理情况综合报告", "行政事业性国有资产", figures("1100", "190"));
        var view = assets.assets(2072);
        assertThat(view.previousExists()).isTrue();
        var enterprise = view.rows().get(0);
        assertThat(enterprise.assets().changePercent()).isEqualByComparingTo("10.0");
        assertThat(enterprise.net().current()).isEqualByComparingTo("500");
        assertThat(enterprise.net().changePercent()).isEqualByComparingTo("25.0");
        assertThat(view.rows().get(2).assets().changePercent()).isEqualByComparingTo("-5.0");
        assertThat(view.totalAssets().current()).isEqualByComparingTo("1590");
        assertThat(view.rows().get(3).note()).contains("1.2万公顷");
        // re-entering the year replaces its figures; the report record changes with them (audited)
        long before = jdbc.queryForObject("select version from fiscal_assets_report where year = 2072", Long.class);
        assets.saveAssets(2072, "2072年度国有资产管理情况综合报告", null, figures("1210", "190"));
        assertThat(assets.assets(2072).rows().get(0).assets().changePercent()).isEqualByComparingTo("21.0");
        assertThat(jdbc.queryForObject("select version from fiscal_assets_report where year = 2072", Long.class)).isGreaterThan(before);
        assertThatThrownBy(() -> assets.saveAssets(2073, "x", null, figures("-1", "1"))).isInstanceOf(DomainException.class);

        OversightFixture.as(fx.account("assets-member", null), Role.MEMBER);
        assertThat(assets.assets(2072).canEdit()).isFalse();
        assertThatThrownBy(() -> assets.saveAssets(2072, "x", null, figures("1", "1"))).isInstanceOf(AccessDeniedException.class);
        OversightFixture.as(fx.account("assets-unit", null), Role.UNIT);
        assertThatThrownBy(() -> assets.assets(2072)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDebtReportShowsLimitBalanceNewIssuesAndSpecialBondsByPurposeAgainstLastYear() {
        assets.saveDebt(2081, new DebtFigures(new BigDecimal("500"), new BigDecimal("800"), new BigDecimal("450"), new BigDecimal("700"),
                new BigDecimal("40"), new BigDecimal("150"), new BigDecimal("60"), List.of(new BondUse("棚户区改造", new BigDecimal("80")))));
        assets.saveDebt(2082, new DebtFigures(new BigDecimal("520"), new BigDecimal("900"), new BigDecimal("470"), new BigDecimal("820"),
                new BigDecimal("50"), new BigDecimal("180"), new BigDecimal("70"),
                List.of(new BondUse("棚户区改造", new BigDecimal("60")), new BondUse("交通基础设施", new BigDecimal("120")))));
        var debt = assets.debt(2082);
        assertThat(debt.rows()).anySatisfy(r -> {
            assertThat(r.label()).isEqualTo("债务余额合计");
            assertThat(r.value().current()).isEqualByComparingTo("1290");
            assertThat(r.value().previous()).isEqualByComparingTo("1150");
        });
        assertThat(debt.headroom()).isEqualByComparingTo("130");
        assertThat(debt.bonds()).extracting(AssetsViews.ComparedRow::label).containsExactly("交通基础设施", "棚户区改造");
        assertThat(debt.bonds().get(1).value().changePercent()).isEqualByComparingTo("-25.0");
        assertThat(debt.bonds().get(0).value().previous()).isNull();
        assertThat(assets.debt(2083).exists()).isFalse();
    }
}
