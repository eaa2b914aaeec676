package org.minzheng.examples.demo.population;

import java.util.List;

import org.minzheng.core.identity.RegionCode;

/**
 * The ten township-level units of 丹徒区 (乡镇街道) with their NBS division codes (to 2022-10-31) and the share
 * of the district's households the generator places in each.
 */
public final class Townships {

    /**
     * A township of the district.
     *
     * @param code the 9-digit division code
     * @param name the name
     * @param street whether it is a 街道 (street office: mostly urban hukou)
     * @param weight its share of the district's households (reasoning in decision 0320)
     */
    public record Township(RegionCode code, String name, boolean street, double weight) {
    }

    /** The ten township-level units (街道, 镇 and two other units). */
    public static final List<Township> ALL = List.of(
            new Township(RegionCode.parse("321112001"), "高资街道", true, 0.12),
            new Township(RegionCode.parse("321112002"), "宜城街道", true, 0.16),
            new Township(RegionCode.parse("321112100"), "高桥镇", false, 0.07),
            new Township(RegionCode.parse("321112101"), "辛丰镇", false, 0.13),
            new Township(RegionCode.parse("321112102"), "谷阳镇", false, 0.12),
            new Township(RegionCode.parse("321112103"), "上党镇", false, 0.12),
            new Township(RegionCode.parse("321112104"), "宝堰镇", false, 0.10),
            new Township(RegionCode.parse("321112105"), "世业镇", false, 0.06),
            new Township(RegionCode.parse("321112401"), "江心洲生态农业园区", false, 0.01),
            new Township(RegionCode.parse("321112402"), "荣炳盐资源区", false, 0.11));

    private Townships() {
    }
}
