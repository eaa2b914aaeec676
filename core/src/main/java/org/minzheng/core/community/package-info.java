/**
 * Community governance (基层治理): referrals (转介) to the partners of 五社联动 — communities,
 * social organisations, social workers, volunteers and charitable resources.
 */
package org.minzheng.core.community;
