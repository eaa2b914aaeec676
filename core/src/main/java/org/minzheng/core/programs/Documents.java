package org.minzheng.core.programs;

import org.minzheng.core.program.LegalBasis;

/**
 * National documents several programs rest on (共同政策依据), cited once.
 */
public final class Documents {

    private Documents() {
    }

    /** 《社会救助暂行办法》（国务院令第649号）: the social-assistance decree. */
    public static final LegalBasis DECREE_649 = new LegalBasis("社会救助暂行办法", "国务院令第649号");

    /** 国发〔2015〕52号: the two disability subsidies. */
    public static final LegalBasis GUOFA_2015_52 = new LegalBasis(
            "国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见", "国发〔2015〕52号");

    /** 《中华人民共和国老年人权益保障法》. */
    public static final LegalBasis ELDERLY_LAW = new LegalBasis("中华人民共和国老年人权益保障法",
            "全国人民代表大会常务委员会 2018年修正");
}
