/**
 * Elderly services (养老服务): home-care visits (居家养老上门服务), care visits to empty-nest and
 * living-alone elderly (关爱巡访), home adaptations (居家适老化改造, 民发〔2020〕86号) and
 * accident-insurance enrolments (老年人意外伤害保险), each a
 * {@link org.minzheng.core.service.ServiceRecord}. Legal basis: 《中华人民共和国老年人权益保障法》.
 */
package org.minzheng.core.elderly;
