/**
 * Child welfare (儿童福利): entrusted-guardianship confirmations for rural left-behind children
 * (委托监护责任确认书, 国发〔2016〕13号) and case service plans (个案服务计划) with their reviews,
 * each a {@link org.minzheng.core.service.ServiceRecord}. Children in difficulty: 国发〔2016〕36号,
 * 民发〔2019〕62号.
 */
package org.minzheng.core.children;
