package org.minzheng.core.programs.dibao;

import java.math.BigDecimal;
import java.util.Optional;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * The asset tests a region sets for social assistance (家庭财产核查): per-capita financial assets, vehicles and
 * homes beyond the one lived in, each against its limit ({@link Dibao#ASSET_FINANCIAL_PER_CAPITA}, {@link
 * Dibao#ASSET_VEHICLES}, {@link Dibao#ASSET_EXTRA_HOMES}); an absent limit switches its test off. 低保 applies
 * them to the household; 特困 applies the same tests with its own reason. A rule that uses them must include
 * {@link Dibao#TEXTS} in its texts ({@code Texts.including}).
 */
public final class AssetTests {

    private AssetTests() {
    }

    /**
     * Whether the assets pass every test, without recording anything (for a rule that must know before it
     * decides, such as 单人保).
     *
     * @param standards the standards in force
     * @param assets the household's assets
     * @param members the members the financial assets are divided among
     * @return true when no limit is exceeded
     */
    public static boolean pass(ResolvedStandards standards, Assets assets, int members) {
        Optional<Money> financial = standards.find(Dibao.ASSET_FINANCIAL_PER_CAPITA);
        if (financial.isPresent() && assets.financialAssets().amount()
                .compareTo(financial.get().amount().multiply(BigDecimal.valueOf(members))) > 0) {
            return false;
        }
        Optional<Integer> vehicles = standards.find(Dibao.ASSET_VEHICLES);
        if (vehicles.isPresent() && assets.vehicles() > vehicles.get()) {
            return false;
        }
        Optional<Integer> homes = standards.find(Dibao.ASSET_EXTRA_HOMES);
        return homes.isEmpty() || Math.max(0, assets.realEstate() - 1) <= homes.get();
    }

    /**
     * Applies the tests, recording each limit read and each failure on the decision.
     *
     * @param d the decision
     * @param standards the standards in force
     * @param assets the household's assets
     * @param members the members the financial assets are divided among
     * @param financial the reason when financial assets exceed the limit
     * @param vehicles the reason when there are too many vehicles
     * @param homes the reason when there are too many homes
     */
    public static void apply(Decision.Builder d, ResolvedStandards standards, Assets assets, int members,
                             ReasonCode financial, ReasonCode vehicles, ReasonCode homes) {
        Optional<Money> financialLimit = d.useIfPresent(standards, Dibao.ASSET_FINANCIAL_PER_CAPITA);
        if (financialLimit.isPresent()) {
            Money limit = financialLimit.get();
            BigDecimal total = assets.financialAssets().amount();
            if (total.compareTo(limit.amount().multiply(BigDecimal.valueOf(members))) > 0) {
                d.fail(financial).step("dibao.assets-financial", new PerCapita(total, members), limit);
            }
        }
        Optional<Integer> vehicleLimit = d.useIfPresent(standards, Dibao.ASSET_VEHICLES);
        if (vehicleLimit.isPresent() && assets.vehicles() > vehicleLimit.get()) {
            d.fail(vehicles).step("dibao.assets-vehicles", assets.vehicles(), vehicleLimit.get());
        }
        Optional<Integer> homesLimit = d.useIfPresent(standards, Dibao.ASSET_EXTRA_HOMES);
        if (homesLimit.isPresent()) {
            int extra = Math.max(0, assets.realEstate() - 1);
            if (extra > homesLimit.get()) {
                d.fail(homes).step("dibao.assets-homes", extra, homesLimit.get());
            }
        }
    }
}
