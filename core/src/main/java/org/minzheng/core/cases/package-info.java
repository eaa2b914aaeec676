/**
 * Cases and payments (业务办理与资金发放): the life of an application as a state machine with
 * its full history ({@link org.minzheng.core.cases.Case}, {@link org.minzheng.core.cases.CaseState},
 * {@link org.minzheng.core.cases.Transition}), and payments as an append-only ledger keyed by
 * case, month and component ({@link org.minzheng.core.cases.Payment},
 * {@link org.minzheng.core.cases.PaymentKey}, {@link org.minzheng.core.cases.PaymentLedger}).
 * Procedure: 《最低生活保障审核确认办法》 (民发〔2021〕57号), 《社会救助暂行办法》.
 */
package org.minzheng.core.cases;
